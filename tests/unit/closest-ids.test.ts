import { describe, expect, it } from 'vitest';
import { closestIds, toIdForm } from '../../src/lib/closest-ids';

const actors = [
  { id: 'emmanuel-macron', names: ['Emmanuel Macron', 'Macron', 'Эммануэль Макрон'] },
  { id: 'vladimir-putin', names: ['Vladimir Putin', 'Putin'] },
  { id: 'volodymyr-zelenskyy', names: ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskiy', 'Зеленський'] },
  { id: 'olaf-scholz', names: ['Olaf Scholz'] },
  { id: 'sergey-lavrov', names: ['Sergey Lavrov', 'Sergei Lavrov'] },
];

describe('toIdForm', () => {
  it('folds a display name into id form', () => {
    expect(toIdForm('Emmanuel Macron')).toBe('emmanuel-macron');
    expect(toIdForm('  Recep Tayyip Erdoğan ')).toBe('recep-tayyip-erdogan');
    expect(toIdForm('Mevlüt Çavuşoğlu')).toBe('mevlut-cavusoglu');
    expect(toIdForm('Macron_Putin Call')).toBe('macron-putin-call');
  });

  it('gives nothing for a name in a script without Latin letters', () => {
    expect(toIdForm('Зеленський')).toBe('');
  });
});

describe('closestIds', () => {
  it('suggests the id a one-letter typo was meant to be first', () => {
    expect(closestIds('emanuel-macron', actors)[0]).toBe('emmanuel-macron');
    expect(closestIds('vladimir-puttin', actors)[0]).toBe('vladimir-putin');
  });

  it('matches a surname or alias written instead of the id', () => {
    expect(closestIds('zelensky', actors)[0]).toBe('volodymyr-zelenskyy');
    expect(closestIds('macron', actors)[0]).toBe('emmanuel-macron');
    expect(closestIds('scholz', actors)[0]).toBe('olaf-scholz');
    expect(closestIds('sergei-lavrov', actors)[0]).toBe('sergey-lavrov');
  });

  it('returns at most the number asked for, three by default', () => {
    expect(closestIds('putin', actors)).toHaveLength(3);
    expect(closestIds('putin', actors, 1)).toEqual(['vladimir-putin']);
  });

  it('breaks ties alphabetically so suggestions are stable', () => {
    expect(closestIds('b', [{ id: 'c' }, { id: 'a' }])).toEqual(['a', 'c']);
  });

  it('returns nothing when nothing is known', () => {
    expect(closestIds('anything', [])).toEqual([]);
  });
});
