import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

// Accessibility checks for the browser journeys: axe-core on whatever the page shows, and the elderly-mode size
// rule of DESIGN.md (长辈版: no text under 18 px, no tap target under 60 px high) measured in the real layout.

/** One finding, as a person fixing it wants to read it. */
export type Finding = { where: string; rule: string; selector: string; text: string; detail: string };

/**
 * The `serious` and `critical` violations axe-core finds on the page as it is now (moderate and minor ones are
 * left to review). `where` names the page in the report.
 */
export async function axeFindings(page: Page, where: string): Promise<Finding[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((node) => ({
        where,
        rule: `axe ${v.id} (${v.impact})`,
        selector: node.target.join(' '),
        text: textOf(node.html),
        detail: `${v.help}. ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`.trim(),
      })),
    );
}

function textOf(html: string): string {
  return (
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 40) || html.slice(0, 60)
  );
}

export type SizeRule = { minFontPx: number; minTargetPx: number };
/** 长辈版 (DESIGN.md): body text at least 18 px, touch targets at least 60 px high. */
export const ELDERLY: SizeRule = { minFontPx: 18, minTargetPx: 60 };

/**
 * Every visible piece of text smaller than `minFontPx`, and every visible tap target lower than `minTargetPx`.
 * Tap targets are links, buttons, list items that open something, and checkboxes, radios and switches measured
 * with the label or row that carries them (the switch itself may be small when its whole row is the target).
 */
export async function sizeFindings(page: Page, where: string, rule: SizeRule = ELDERLY): Promise<Finding[]> {
  const found = await page.evaluate((r) => {
    const out: { rule: string; selector: string; text: string; detail: string }[] = [];
    const isShown = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) {
        return false;
      }
      // checkVisibility: display, visibility and opacity up the tree (opacity 0 is how custom radios hide).
      return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const selectorOf = (el: Element): string => {
      const parts: string[] = [];
      for (let e: Element | null = el; e && e !== document.body && parts.length < 3; e = e.parentElement) {
        const testId = e.getAttribute('data-testid');
        const classes = [...e.classList]
          .filter((c) => !/^(adm-.*-(active|disabled)|lx-elderly)$/.test(c))
          .slice(0, 2);
        parts.unshift(
          `${e.tagName.toLowerCase()}${testId ? `[data-testid=${testId}]` : ''}${classes.map((c) => `.${c}`).join('')}`,
        );
        if (testId) {
          break;
        }
      }
      return parts.join(' > ');
    };
    const textOf = (el: Element) =>
      (el.textContent || el.getAttribute('aria-label') || (el as HTMLInputElement).placeholder || '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40);

    // Text: each text node by its parent's computed size; fields by their own (their value and placeholder).
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (
        !el ||
        seen.has(el) ||
        !node.textContent?.trim() ||
        ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(el.tagName)
      ) {
        continue;
      }
      seen.add(el);
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < r.minFontPx - 0.01 && isShown(el)) {
        out.push({
          rule: `text < ${r.minFontPx}px`,
          selector: selectorOf(el),
          text: textOf(el),
          detail: `${size}px`,
        });
      }
    }
    for (const el of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea')) {
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < r.minFontPx - 0.01 && isShown(el)) {
        out.push({
          rule: `text < ${r.minFontPx}px`,
          selector: selectorOf(el),
          text: textOf(el),
          detail: `${size}px`,
        });
      }
    }

    // Tap targets. A control inside a label, a list row or a button is tapped through that.
    const targets = new Set<Element>();
    const interactive =
      'a[href], button, [role=button], [role=link], [role=tab], [role=menuitem], [role=switch], [role=checkbox], ' +
      '[role=radio], input[type=checkbox], input[type=radio], .adm-list-item[class*=clickable], .adm-selector-item';
    for (const el of document.querySelectorAll(interactive)) {
      const carrier = el.parentElement?.closest('label, button, a[href], .adm-list-item, [role=button]');
      const target = carrier ?? el;
      if (target.closest('[aria-hidden=true], [inert]')) {
        continue;
      }
      targets.add(target);
    }
    for (const el of targets) {
      // An element inside another target (the arrow in a list row) is tapped as that one.
      if (
        el.parentElement?.closest('a[href], button, .adm-list-item[class*=clickable]') &&
        !el.matches('label')
      ) {
        continue;
      }
      if (!isShown(el)) {
        continue;
      }
      const box = el.getBoundingClientRect();
      if (box.height < r.minTargetPx - 0.5) {
        out.push({
          rule: `target < ${r.minTargetPx}px high`,
          selector: selectorOf(el),
          text: textOf(el),
          detail: `${Math.round(box.width)}×${Math.round(box.height)}px`,
        });
      }
    }
    return out;
  }, rule);
  return found.map((f) => ({ where, ...f }));
}

/** Findings as lines to read in a failed assertion. */
export function report(findings: Finding[]): string {
  return findings.map((f) => `${f.where} · ${f.rule} · ${f.selector} · “${f.text}” · ${f.detail}`).join('\n');
}

/** Both checks on the page as it is now; throws with the readable list when anything is found. */
export async function expectAccessible(
  page: Page,
  where: string,
  options: { sizes?: SizeRule | null } = {},
): Promise<void> {
  const findings = [
    ...(await axeFindings(page, where)),
    ...(options.sizes === null ? [] : await sizeFindings(page, where, options.sizes)),
  ];
  if (findings.length > 0) {
    throw new Error(`${findings.length} accessibility findings:\n${report(findings)}`);
  }
}
