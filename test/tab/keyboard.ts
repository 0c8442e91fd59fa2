import type { Locator, Page } from 'playwright-core';

/**
 * Keyboard checks. Every control a mouse can reach is marked in the page, then Tab is pressed until focus comes
 * round again; what was never focused is returned. Tabster's focus sentinels are not controls.
 */
export async function unreachableByTab(page: Page, maxPresses = 400): Promise<string[]> {
  const total = (await page.evaluate(`(() => {
    const selector = 'a[href], button, input, textarea, select, [role="combobox"], [tabindex]';
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('[data-tabster-dummy]') || el.hasAttribute('data-tabster-dummy')) continue;
      if (el.getAttribute('tabindex') === '-1' || el.disabled || el.getAttribute('aria-disabled') === 'true') continue;
      if (el.type === 'hidden') continue;
      // A radio group is one tab stop (arrow keys move within it): the checked radio, or the first, is the stop.
      if (el.type === 'radio' && el.name) {
        const group = [...document.querySelectorAll('input[type=radio][name="' + el.name + '"]')];
        const stop = group.find((r) => r.checked) ?? group[0];
        if (el !== stop) continue;
      }
      // Fluent's checkbox and switch draw their own box over a real input: the input is what takes focus.
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if ((rect.width === 0 && rect.height === 0) || style.visibility === 'hidden' || style.display === 'none') continue;
      el.setAttribute('data-kb', String(n++));
    }
    document.body.focus();
    return n;
  })()`)) as number;
  const reached = new Set<string>();
  let quietPresses = 0;
  for (let i = 0; i < maxPresses && reached.size < total; i++) {
    await page.keyboard.press('Tab');
    const id = (await page.evaluate(
      `(() => { const a = document.activeElement; const m = a && a.closest('[data-kb]'); return m ? m.getAttribute('data-kb') : null; })()`,
    )) as string | null;
    if (id !== null && !reached.has(id)) {
      reached.add(id);
      quietPresses = 0;
    } else if (++quietPresses > 60) break;
  }
  return (await page.evaluate(`[...document.querySelectorAll('[data-kb]')]
    .filter((el) => !${JSON.stringify([...reached])}.includes(el.getAttribute('data-kb')))
    .map((el) => el.tagName.toLowerCase() + (el.getAttribute('aria-label') ? '[' + el.getAttribute('aria-label') + ']' : '') + ' ' + (el.textContent || el.getAttribute('placeholder') || '').trim().slice(0, 40))`)) as string[];
}

/** Presses Tab until `target` has focus (or throws), so the next key acts on it: no click, no focus() call. */
export async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el.matches(':focus, :focus-within'))) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
