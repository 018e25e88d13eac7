/**
 * The English names of the categories, by slug. They are in the English table,
 * and in every catalog's search whatever its language (a visitor may type
 * either), so they stay in the bundle while the rest of the English table is
 * loaded on demand.
 */
export const catalogCategoriesEn: Readonly<Record<string, string>> = {
  kependudukan: 'Civil registry',
  perizinan: 'Permits and licences',
  kendaraan: 'Motor vehicles',
  keimigrasian: 'Immigration',
  perbankan: 'Banking',
  pertanahan: 'Land',
  keagamaan: 'Religious affairs',
  'pajak-daerah': 'Local taxes',
  bangunan: 'Buildings',
  'jaminan-sosial': 'Social security',
  kepolisian: 'Police',
  'air-minum': 'Drinking water',
};
