import type { Relation } from '../../schemas/relation';

/** How each relation type reads in the legend and is drawn: the line differs by dash pattern and arrowhead, not colour alone. */
export const relationTypeStyles: Record<
  Relation['type'],
  { legend: string; dash: string; arrow: boolean; width: number }
> = {
  'at-war-with': { legend: 'at war with', dash: '', arrow: false, width: 3.5 },
  mediates: { legend: 'mediates with', dash: '', arrow: true, width: 2 },
  hosts: { legend: 'hosts the headquarters of', dash: '10 3 2 3', arrow: true, width: 2 },
  'no-diplomatic-relations': { legend: 'has no formal relations with', dash: '2 4', arrow: false, width: 2 },
  'gave-assurances-to': { legend: 'gave assurances to', dash: '8 4', arrow: true, width: 2 },
  criticises: { legend: 'criticises', dash: '4 3', arrow: true, width: 1.75 },
  'spoke-to': { legend: 'spoke to (interview, message)', dash: '1 3', arrow: true, width: 1.5 },
  'reported-on': { legend: 'reported on', dash: '6 2 1 2', arrow: true, width: 1.5 },
};
