import {
  adoptStyles,
  type CSSResultGroup,
  type CSSResultOrNative,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { render } from 'lit/html.js';

export interface PropertyDeclaration {
  type?: typeof Number | typeof Boolean;
  attribute?: boolean;
  reflect?: boolean;
}

type Values = Record<string, unknown>;

/**
 * The part of LitElement the partner ticker uses — reactive properties from a `static properties` table
 * (Lit's shape, so the manifest analyzer reads it), a microtask-batched `render()`, controllers and
 * adopted styles — on lit-html alone. dist/rate-ticker.js has a 10 KB budget and ReactiveElement is
 * about 2.3 KB of it; the elements of the full bundle stay LitElements.
 */
export class SmallElement extends HTMLElement implements ReactiveControllerHost {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: CSSResultGroup = [];

  static get observedAttributes(): string[] {
    // Read once, when the class is defined: the moment to put accessors on the prototype.
    const names = Object.keys(this.properties);
    for (const name of names) {
      const { reflect } = this.properties[name];
      Object.defineProperty(this.prototype, name, {
        get(this: SmallElement) {
          return this.values[name];
        },
        set(this: SmallElement, value: unknown) {
          if (value === this.values[name]) return;
          this.values[name] = value;
          // Reflecting sets the attribute to what it already says when it came from the attribute: a no-op.
          if (reflect) this.toggleAttribute(name, !!value);
          this.requestUpdate();
        },
        configurable: true,
      });
    }
    return names.filter((name) => this.properties[name].attribute !== false);
  }

  readonly renderRoot: ShadowRoot;
  private values: Values = {};
  private saved: Values = {};
  private controllers = new Set<ReactiveController>();
  private pending?: Promise<boolean>;

  constructor() {
    super();
    const self = this as unknown as Values;
    const ctor = this.constructor as typeof SmallElement;
    // Values a page set before the element was defined sit on the instance, hiding the accessors.
    for (const name in ctor.properties) {
      if (Object.hasOwn(this, name)) {
        this.saved[name] = self[name];
        delete self[name];
      }
    }
    this.renderRoot = this.attachShadow({ mode: 'open' });
    adoptStyles(this.renderRoot, [ctor.styles].flat(9 as 1) as CSSResultOrNative[]);
  }

  /** Resolves when no update is pending, as LitElement's does. */
  get updateComplete(): Promise<boolean> {
    return this.pending ?? Promise.resolve(true);
  }

  addController(controller: ReactiveController): void {
    this.controllers.add(controller);
    if (this.isConnected) controller.hostConnected?.();
  }

  removeController(controller: ReactiveController): void {
    this.controllers.delete(controller);
  }

  requestUpdate(): void {
    this.pending ??= Promise.resolve().then(() => {
      this.pending = undefined;
      if (this.isConnected) this.update();
      // An update that asked for another resolves after that one.
      return this.pending ?? true;
    });
  }

  connectedCallback(): void {
    Object.assign(this, this.saved);
    this.saved = {};
    for (const controller of this.controllers) controller.hostConnected?.();
    this.requestUpdate();
  }

  disconnectedCallback(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }

  attributeChangedCallback(name: string, _old: string | null, value: string | null): void {
    const { type } = (this.constructor as typeof SmallElement).properties[name];
    (this as unknown as Values)[name] =
      type === Boolean
        ? value !== null
        : type === Number
          ? value === null
            ? undefined
            : Number(value)
          : (value ?? undefined);
  }

  protected render?(): unknown;
  protected updated?(): void;

  private update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
    render(this.render?.(), this.renderRoot, { host: this });
    for (const controller of this.controllers) controller.hostUpdated?.();
    this.updated?.();
  }
}
