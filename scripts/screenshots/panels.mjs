/* global document, getComputedStyle -- these run inside the browser page (page.evaluate) */
// Finding things on the dashboard's screens for the screenshot script.

/**
 * The rectangle of the side panel (Schedule, Version history, Content checks…) whose title is
 * `title`: the nearest white card around that title, with a margin, so a screenshot shows one
 * panel at a readable size.
 */
export async function panelClip(page, title, margin = 12) {
  const heading = page.getByText(title, { exact: true }).first();
  await heading.waitFor({ timeout: 30_000 });
  const rect = await heading.evaluate((element) => {
    let node = element.parentElement;
    while (node && node !== document.body) {
      const style = getComputedStyle(node);
      const box = node.getBoundingClientRect();
      if (style.backgroundColor === 'rgb(255, 255, 255)' && box.width >= 200) return { x: box.x, y: box.y, width: box.width, height: box.height };
      node = node.parentElement;
    }
    return null;
  });
  if (!rect) throw new Error(`no panel titled "${title}"`);
  return { x: Math.max(0, rect.x - margin), y: Math.max(0, rect.y - margin), width: rect.width + 2 * margin, height: rect.height + 2 * margin };
}

/** The union of two clips (e.g. a field and the panel beside it). */
export const around = (...clips) => {
  const x = Math.min(...clips.map((c) => c.x));
  const y = Math.min(...clips.map((c) => c.y));
  return { x, y, width: Math.max(...clips.map((c) => c.x + c.width)) - x, height: Math.max(...clips.map((c) => c.y + c.height)) - y };
};

/** Waits until the dashboard has drawn the page and no "Loading content" spinner is left. */
export async function settled(page, extraMs = 1200) {
  for (let i = 0; i < 60; i += 1) {
    const busy = await page
      .evaluate(() => document.body.innerText.trim() === '' || /Loading content/.test(document.body.innerText))
      .catch(() => true);
    if (!busy) break;
    await page.waitForTimeout(1000);
  }
  await page.waitForTimeout(extraMs);
}

/** The date a week from now in the UK, as a date input takes it (YYYY-MM-DD). */
export function ukDateInDays(days) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 86_400_000));
}
