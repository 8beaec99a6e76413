import { createApp } from 'vue';
// Each element defines itself when its entry is imported; the list brings the cards it renders.
import 'news-widgets/news-list.js';
import 'news-widgets/dateline.js';
import App from './App.vue';

createApp(App).mount('#app');
