/**
 * Time axes in the site's language, each list's frame drawn once: every period page of a list
 * passes the same events and the same `hrefOf` (see `eventInList` in the catalog), so only the
 * row of its own key events is drawn again. A list's model is shared by every view of it (its
 * pages and its embed), which link differently.
 */
import { messages } from './i18n';
import type { AxisEra, AxisEvent, TimeAxisModel } from './lib/time-axis';
import { buildTimeAxis } from './lib/time-axis';
import { renderAxisFrame, type AxisFrame, type AxisLinks } from './lib/time-axis-html';

interface DrawnAxis {
  model: TimeAxisModel<AxisEvent, AxisEra>;
  frame: AxisFrame;
}

const drawn = new WeakMap<object, WeakMap<readonly AxisEvent[], DrawnAxis | undefined>>();
type Model = TimeAxisModel<AxisEvent, AxisEra> | undefined;
const models = new WeakMap<readonly AxisEra[], WeakMap<readonly AxisEvent[], Model>>();

function modelOf(events: readonly AxisEvent[], eras: readonly AxisEra[]): Model {
  const byEvents = models.get(eras) ?? new WeakMap<readonly AxisEvent[], Model>();
  models.set(eras, byEvents);
  if (!byEvents.has(events)) byEvents.set(events, buildTimeAxis(events, eras, messages.dates));
  return byEvents.get(events);
}

/** The axis of `events` with `eras`, from the cache when this list was drawn before with these links. */
export function timeAxisOf(
  events: readonly AxisEvent[],
  eras: readonly AxisEra[],
  links: AxisLinks<AxisEvent, AxisEra>,
): DrawnAxis | undefined {
  const byEvents = drawn.get(links.periodHref) ?? new WeakMap<readonly AxisEvent[], DrawnAxis | undefined>();
  drawn.set(links.periodHref, byEvents);
  if (byEvents.has(events)) return byEvents.get(events);
  const model = modelOf(events, eras);
  const result = model && { model, frame: renderAxisFrame(model, links, messages) };
  byEvents.set(events, result);
  return result;
}
