import './skipLinks.css';

/**
 * The first Tab stops on the page (WCAG 2.4.1): straight to the canvas or the results, past the
 * top bar and the ~60 stops of the parts palette. Hidden until focused. The address holds the
 * design's id, so the links move focus themselves rather than change the address.
 */
const TARGETS = [
  { label: 'Skip to the canvas', selector: 'section[aria-label="Design canvas"]' },
  { label: 'Skip to the results', selector: 'section[aria-label="Results"]' },
];

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map((t) => (
        <a
          key={t.label}
          href="#main"
          onClick={(e) => {
            e.preventDefault();
            const target = document.querySelector<HTMLElement>(t.selector);
            if (!target) return;
            if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
            target.focus();
          }}
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
