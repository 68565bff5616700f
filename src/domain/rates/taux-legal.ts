import { halfYearRows, type RateTable } from './types';

/**
 * French taux de l'intérêt légal for creditors other than private persons ("professionnels"), by
 * semester (Code monétaire et financier L313-2). Used for the 3× floor on agreed rates (C. com. L441-10)
 * and for consumer debtors after a formal notice.
 */
export const tauxLegalTable: RateTable = {
  name: "Taux de l'intérêt légal (professionnels)",
  source: "Arrêtés semestriels fixant le taux de l'intérêt légal (Journal officiel / Banque de France)",
  kind: 'half-year',
  rows: [
    ...halfYearRows('2020-H1', '2020-H1', 0.87),
    ...halfYearRows('2020-H2', '2020-H2', 0.84),
    ...halfYearRows('2021-H1', '2021-H1', 0.79),
    ...halfYearRows('2021-H2', '2022-H1', 0.76),
    ...halfYearRows('2022-H2', '2022-H2', 0.77),
    ...halfYearRows('2023-H1', '2023-H1', 2.06),
    ...halfYearRows('2023-H2', '2023-H2', 4.22),
    ...halfYearRows('2024-H1', '2024-H1', 5.07),
    ...halfYearRows('2024-H2', '2024-H2', 4.92),
    ...halfYearRows('2025-H1', '2025-H1', 3.71),
    ...halfYearRows('2025-H2', '2025-H2', 2.76),
    ...halfYearRows('2026-H1', '2026-H1', 2.62),
    ...halfYearRows('2026-H2', '2026-H2', 2.75, true),
  ],
};
