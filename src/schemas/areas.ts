/**
 * The land areas the map draws, keyed by id, with the Natural Earth (world-atlas) country each comes
 * from. Palestine's first polygon is the Gaza Strip and its second the West Bank: each is its own area.
 */
export const areas = {
  israel: { name: 'Israel', iso: '376' },
  'gaza-strip': { name: 'Gaza Strip', iso: '275', polygon: 0 },
  'west-bank': { name: 'West Bank', iso: '275', polygon: 1 },
  egypt: { name: 'Egypt', iso: '818' },
  jordan: { name: 'Jordan', iso: '400' },
  lebanon: { name: 'Lebanon', iso: '422' },
  syria: { name: 'Syria', iso: '760' },
  'saudi-arabia': { name: 'Saudi Arabia', iso: '682' },
  qatar: { name: 'Qatar', iso: '634' },
  bahrain: { name: 'Bahrain', iso: '048' },
  'united-arab-emirates': { name: 'UAE', iso: '784' },
  kuwait: { name: 'Kuwait', iso: '414' },
  iraq: { name: 'Iraq', iso: '368' },
  iran: { name: 'Iran', iso: '364' },
  cyprus: { name: 'Cyprus', iso: '196' },
  turkey: { name: 'Turkey', iso: '792' },
  sudan: { name: 'Sudan', iso: '729' },
  libya: { name: 'Libya', iso: '434' },
  oman: { name: 'Oman', iso: '512' },
  eritrea: { name: 'Eritrea', iso: '232' },
  yemen: { name: 'Yemen', iso: '887' },
} as const satisfies Record<string, { name: string; iso: string; polygon?: number }>;

export type AreaId = keyof typeof areas;
export const areaIds = Object.keys(areas) as [AreaId, ...AreaId[]];
