/**
 * "Where you are" on a time axis. The axis stays in view while the list scrolls, the period on
 * screen is highlighted, and arrow keys move between periods (one tab stop, roving focus); the
 * links themselves move the list. Without this script the axis is a plain set of links.
 */

/** First and last calendar day of a bin or day key, as `YYYY-MM-DD` strings that compare in order. */
function firstDay(key: string): string {
  return key.length === 4 ? `${key}-01-01` : key.length === 7 ? `${key}-01` : key.slice(0, 10);
}

function lastDay(key: string): string {
  // "-31" sorts after every day of any month, so a month needs no calendar.
  return key.length === 4 ? `${key}-12-31` : key.length === 7 ? `${key}-31` : key.slice(0, 10);
}

function rovingFocus(axis: HTMLElement, bins: readonly HTMLAnchorElement[], tabStop: (bin: HTMLAnchorElement) => void) {
  axis.addEventListener('keydown', (event) => {
    const index = bins.indexOf(event.target as HTMLAnchorElement);
    if (index === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
    // Time runs in the reading direction: on a right-to-left page the next period is to the left.
    const forward = getComputedStyle(axis).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const targets: Record<string, number> = {
      [forward]: index + 1,
      [backward]: index - 1,
      Home: 0,
      End: bins.length - 1,
    };
    const target = bins[Math.min(bins.length - 1, Math.max(0, targets[event.key] ?? index))];
    if (!(event.key in targets) || !target) return;
    event.preventDefault();
    tabStop(target);
    target.focus();
  });
}

function follow(axis: HTMLElement) {
  const bins = [...axis.querySelectorAll<HTMLAnchorElement>('a[data-bin-start]')];
  const ranges = bins.map((bin) => [firstDay(bin.dataset['binStart'] ?? ''), lastDay(bin.dataset['binEnd'] ?? '')]);
  if (bins.length === 0) return;
  let tabbable: HTMLAnchorElement | undefined;
  const tabStop = (bin: HTMLAnchorElement) => {
    if (tabbable) tabbable.tabIndex = -1;
    bin.tabIndex = 0;
    tabbable = bin;
  };
  for (const bin of bins) bin.tabIndex = -1;
  tabStop(bins[0] as HTMLAnchorElement);
  rovingFocus(axis, bins, tabStop);

  axis.dataset['axisLive'] = '';
  const root = document.documentElement;
  const measure = () => root.style.setProperty('--time-axis-height', `${axis.offsetHeight}px`);
  // A marker just before the axis: once it has scrolled away, the axis is stuck to the top.
  const marker = document.createElement('div');
  axis.before(marker);
  new IntersectionObserver(([entry]) => {
    axis.toggleAttribute('data-axis-stuck', entry ? !entry.isIntersecting : false);
    measure();
  }).observe(marker);
  addEventListener('resize', measure);

  let current: HTMLAnchorElement | undefined;
  const highlight = (bin: HTMLAnchorElement | undefined) => {
    if (bin === current) return;
    current?.removeAttribute('aria-current');
    bin?.setAttribute('aria-current', 'location');
    current = bin;
    // Tabbing into the axis lands on the period being read, unless the reader is moving along it.
    if (bin && !axis.contains(document.activeElement)) tabStop(bin);
  };
  const binOf = (dayKey: string) => {
    const day = firstDay(dayKey);
    return bins.find((_, index) => {
      const [start = '', end = ''] = ranges[index] ?? [];
      return start <= day && day <= end;
    });
  };

  const days = [...document.querySelectorAll<HTMLElement>('[data-day]')];
  const visible = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      const top = days.find((day) => visible.has(day));
      if (top) highlight(binOf(top.dataset['day'] ?? ''));
    },
    // The band just below the sticky axis is "where you are".
    { rootMargin: `-${axis.offsetHeight}px 0px -50% 0px` },
  );
  for (const day of days) observer.observe(day);
}

export function followTimeAxes() {
  for (const axis of document.querySelectorAll<HTMLElement>('[data-time-axis]')) follow(axis);
}
