import { provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
// Each element defines itself when its entry is imported; the list brings the cards it renders.
import 'news-widgets/news-list.js';
import 'news-widgets/dateline.js';
import { AppComponent } from './app.component';

bootstrapApplication(AppComponent, { providers: [provideZonelessChangeDetection()] }).catch(
  (error: unknown) => console.error(error),
);
