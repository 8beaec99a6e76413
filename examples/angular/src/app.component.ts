import { ChangeDetectionStrategy, Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';

@Component({
  selector: 'app-root',
  // Lets the template use tags Angular does not know (the nw- custom elements) and bind their properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <main>
      <header>
        <h1>Example Herald</h1>
        <nw-dateline date="2025-12-07" format="long"></nw-dateline>
      </header>
      <h2>Latest</h2>
      <!-- [pageSize] assigns the number to the element's property; page-size="3" would set the attribute.
           (nw-page-change) listens for the element's event; strictTemplates types $event from
           HTMLElementEventMap, where news-widgets declares it. -->
      <nw-news-list
        src="/feed.json"
        [pageSize]="3"
        pagination="pages"
        (nw-page-change)="onPageChange($event)"
      ></nw-news-list>
      <p>
        Reading page <output id="page-status">{{ page() }}</output>
      </p>
    </main>
  `,
})
export class AppComponent {
  protected readonly page = signal(1);

  protected onPageChange(event: CustomEvent<{ page: number }>): void {
    this.page.set(event.detail.page);
  }
}
