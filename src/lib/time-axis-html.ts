/**
 * The HTML of a time axis (SPEC "Markup that tools rely on"). A table lays the periods out as
 * columns: `colspan` places bands and runs without inline styles (the CSP allows none), and a
 * table runs in the reading direction, so a right-to-left page keeps time flowing the way it
 * reads. The frame is the same on every page of a list and is built once per list; only the
 * key-event row depends on the page.
 */
import { escapeHtml } from './event-card-html';
import { formatDateRange, formatEventWhen } from './event-date';
import type { Translator } from './messages';
import type { AxisEra, AxisEvent, AxisPeriod, TimeAxisModel } from './time-axis';

export interface AxisLinks<Event, Era> {
  /** Where a period's link leads: the list page holding its first event, with an anchor to it. */
  periodHref: (first: Event) => string;
  eventHref: (event: Event) => string;
  eraHref: (era: Era) => string;
}

/** A run of periods drawn as one cell. */
interface Cell {
  from: number;
  to: number;
  html: string;
  className?: string;
}

/** One table row over `columns` periods: the cells given, and empty cells merged between them. */
function row(className: string, columns: number, cells: readonly Cell[], hidden = false): string {
  const parts: string[] = [];
  let next = 0;
  const gap = (until: number) => {
    const span = until - next;
    if (span > 0) parts.push(span === 1 ? '<td></td>' : `<td colspan="${span}"></td>`);
  };
  for (const cell of cells) {
    gap(cell.from);
    const span = cell.to - cell.from + 1;
    const attributes = `${span > 1 ? ` colspan="${span}"` : ''}${cell.className ? ` class="${cell.className}"` : ''}`;
    parts.push(`<td${attributes}>${cell.html}</td>`);
    next = cell.to + 1;
  }
  gap(columns);
  return `<tr class="${className}"${hidden ? ' aria-hidden="true"' : ''}>${parts.join('')}</tr>`;
}

/** Runs of consecutive periods for which `test` holds. */
function runs<Event>(periods: readonly AxisPeriod<Event>[], test: (period: AxisPeriod<Event>) => boolean): Cell[] {
  const cells: Cell[] = [];
  periods.forEach((period, index) => {
    if (!test(period)) return;
    const last = cells.at(-1);
    if (last && last.to === index - 1) last.to = index;
    else cells.push({ from: index, to: index, html: '' });
  });
  return cells;
}

const tip = (text: string) => `<span class="axis-tip">${escapeHtml(text)}</span>`;

function periodName<Event>(period: AxisPeriod<Event>, messages: Translator): string {
  return messages.count('axis.period', period.count, { period: period.label });
}

function barsRow<Event extends AxisEvent, Era extends AxisEra>(
  model: TimeAxisModel<Event, Era>,
  { periodHref }: AxisLinks<Event, Era>,
  messages: Translator,
): string {
  // Empty periods are cells too: the first row sets the width of every column.
  const parts = model.periods.map((period) => {
    if (!period.first) return '<td></td>';
    return (
      `<td><a class="b${period.level}" data-bin-start="${period.start}" data-bin-end="${period.end}"` +
      ` data-count="${period.count}" href="${escapeHtml(periodHref(period.first))}">${tip(periodName(period, messages))}</a></td>`
    );
  });
  return `<tr class="axis-bars">${parts.join('')}</tr>`;
}

function bandRows<Event extends AxisEvent, Era extends AxisEra>(
  model: TimeAxisModel<Event, Era>,
  { eraHref }: AxisLinks<Event, Era>,
  messages: Translator,
): string[] {
  return Array.from({ length: model.rows }, (_, rowIndex) =>
    row(
      'axis-eras',
      model.periods.length,
      model.bands
        .filter(({ row: bandRow }) => bandRow === rowIndex)
        .map(({ era, from, to }) => {
          // The name starts with the visible title (WCAG 2.5.3); the dates follow for screen readers.
          const dates = messages.t('axis.eraDates', { dates: formatDateRange(era.data.date, era.data.end) });
          return {
            from,
            to,
            html:
              `<a data-era-id="${escapeHtml(era.id)}" href="${escapeHtml(eraHref(era))}">` +
              `${escapeHtml(era.data.title)}<span class="visually-hidden">${escapeHtml(dates)}</span></a>`,
          };
        }),
    ),
  );
}

function legend<Event extends AxisEvent, Era extends AxisEra>(
  model: TimeAxisModel<Event, Era>,
  messages: Translator,
): string {
  const unit = messages.t(`axis.unit.${model.unit}`);
  const items: [string, string][] = [
    ['busiest', messages.t('axis.busiest', { unit, busiest: periodName(model.busiest, messages) })],
    ['bars', messages.t('axis.legend.bars', { unit })],
  ];
  if (model.periods.some(({ multiDay }) => multiDay)) items.push(['multi-day', messages.t('axis.legend.multiDay')]);
  if (model.periods.some(({ uncertain }) => uncertain)) items.push(['uncertain', messages.t('axis.legend.uncertain')]);
  items.push(['key', messages.t('axis.legend.key')]);
  if (model.rows > 0) items.push(['era', messages.t('axis.legend.eras')]);
  const list = items.map(([kind, text]) => `<li class="legend-${kind}">${escapeHtml(text)}</li>`).join('');
  return `<details class="axis-help"><summary>${escapeHtml(messages.t('axis.help'))}</summary><ul class="axis-legend">${list}</ul></details>`;
}

export interface AxisFrame {
  /** From the opening tag to the row where key events go. */
  before: string;
  /** From after the key-event row to the closing tag. */
  after: string;
}

/** Everything of the axis but its key events, the same on every page of a list. */
export function renderAxisFrame<Event extends AxisEvent, Era extends AxisEra>(
  model: TimeAxisModel<Event, Era>,
  links: AxisLinks<Event, Era>,
  messages: Translator,
): AxisFrame {
  const [first, last] = [model.periods[0], model.periods.at(-1)];
  const columns = model.periods.length;
  const summary = messages.t('axis.summary', {
    events: messages.count('count.events', model.total),
    first: first?.label ?? '',
    last: last?.label ?? '',
    unit: messages.t(`axis.unit.${model.unit}`),
  });
  const coverRow = (className: string, test: (period: AxisPeriod<Event>) => boolean) => {
    const cells = runs(model.periods, test).map((cell) => ({ ...cell, className: 'on' }));
    return cells.length > 0 ? row(`axis-cover ${className}`, columns, cells, true) : '';
  };
  const scale = row(
    'axis-scale',
    columns,
    model.scale.map(({ from, to, label }) => ({ from, to, html: escapeHtml(label) })),
    true,
  );
  return {
    before: [
      `<nav class="time-axis" data-time-axis data-axis-unit="${model.unit}" aria-labelledby="time-axis-title">`,
      `<h2 id="time-axis-title" class="visually-hidden">${escapeHtml(messages.t('axis.title'))}</h2>`,
      `<div class="axis-head"><p class="axis-summary">${escapeHtml(summary)}</p>${legend(model, messages)}</div>`,
      '<div class="axis-chart"><table class="axis-grid" role="presentation"><tbody>',
      barsRow(model, links, messages),
      coverRow('multi-day', ({ multiDay }) => multiDay),
      coverRow('uncertain', ({ uncertain }) => uncertain),
    ].join(''),
    after: [scale, ...bandRows(model, links, messages), '</tbody></table></div></nav>'].join(''),
  };
}

/** The row of key-event marks, each a link to the event with its title shown on hover and focus. */
export function renderKeyRow<Event extends AxisEvent, Era extends AxisEra>(
  model: TimeAxisModel<Event, Era>,
  keyEvents: readonly Event[],
  { eventHref }: Pick<AxisLinks<Event, Era>, 'eventHref'>,
  messages: Translator,
): string {
  const byPeriod = new Map<number, string[]>();
  for (const event of keyEvents) {
    const name = messages.t('axis.keyEvent', { title: event.data.title, date: formatEventWhen(event.data) });
    const mark = `<a data-event-id="${escapeHtml(event.id)}" href="${escapeHtml(eventHref(event))}">${tip(name)}</a>`;
    const index = model.periodOf(event);
    byPeriod.set(index, [...(byPeriod.get(index) ?? []), mark]);
  }
  const cells = [...byPeriod]
    .sort(([a], [b]) => a - b)
    .map(([index, marks]) => ({ from: index, to: index, html: marks.join('') }));
  return row('axis-keys', model.periods.length, cells);
}
