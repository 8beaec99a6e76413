import { mount } from 'svelte';
// Each element defines itself when its entry is imported; the list brings the cards it renders.
import 'news-widgets/news-list.js';
import 'news-widgets/dateline.js';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
