// Words for fixed compensation notes and reminder fees (rules.md §2, §4 D; trade terms per §5).
import type { CompensationNote, ReminderFeeReason } from '../../domain/fees';
import type { LanguageTexts } from './types';

export type FeesReason = CompensationNote | ReminderFeeReason;

export const feesTexts: LanguageTexts<FeesReason> = {
  en: {
    'fees.uk-band-without-rate': (p) =>
      `Debt in ${p.currency} without a GBP rate: banded as under £1,000; give the rate to band it.`,
    'fees.converted': (p, f) =>
      `${f.money(p.legalAmount, p.legalCurrency)} converted at ${f.number(p.rate, 4)} ${p.currency}/${p.legalCurrency}.`,
    'fees.ro-payable-in-lei': () =>
      '40 EUR payable in lei at the National Bank of Romania (BNR) rate of the day of payment.',
    'fees.reminder.not-overdue': () => 'No fee: the invoice was not yet overdue.',
    'fees.reminder.no-fee-set': () => 'No fee set for this reminder.',
    'fees.reminder.max-three': () => 'No fee: at most three reminder fees per claim.',
    'fees.reminder.too-soon': () => 'No fee: less than 10 days after the previous reminder.',
    'fees.reminder.capped': () => 'Fee capped at DKK 100 (renteloven §9b).',
  },
  it: {
    'fees.uk-band-without-rate': (p) =>
      `Credito in ${p.currency} senza cambio in GBP: fascia sotto £1.000; indicare il cambio per la fascia giusta.`,
    'fees.converted': (p, f) =>
      `${f.money(p.legalAmount, p.legalCurrency)} convertiti al cambio ${f.number(p.rate, 4)} ${p.currency}/${p.legalCurrency}.`,
    'fees.ro-payable-in-lei': () =>
      '40 EUR pagabili in lei al cambio BNR (Banca Nazionale di Romania) del giorno del pagamento.',
    'fees.reminder.not-overdue': () => 'Nessuna spesa: la fattura non era ancora scaduta.',
    'fees.reminder.no-fee-set': () => 'Nessuna spesa impostata per questo sollecito.',
    'fees.reminder.max-three': () => 'Nessuna spesa: al massimo tre spese di sollecito per credito.',
    'fees.reminder.too-soon': () => 'Nessuna spesa: meno di 10 giorni dal sollecito precedente.',
    'fees.reminder.capped': () => 'Spesa limitata a DKK 100 (renteloven §9b).',
  },
  fr: {
    'fees.uk-band-without-rate': (p) =>
      `Créance en ${p.currency} sans taux de change en GBP : tranche « moins de 1 000 £ » ; indiquer le taux pour la bonne tranche.`,
    'fees.converted': (p, f) =>
      `${f.money(p.legalAmount, p.legalCurrency)} convertis au taux de ${f.number(p.rate, 4)} ${p.currency}/${p.legalCurrency}.`,
    'fees.ro-payable-in-lei': () =>
      '40 EUR payables en lei au cours BNR (Banque nationale de Roumanie) du jour du paiement.',
    'fees.reminder.not-overdue': () => 'Pas de frais : la facture n’était pas encore échue.',
    'fees.reminder.no-fee-set': () => 'Aucuns frais fixés pour cette relance.',
    'fees.reminder.max-three': () => 'Pas de frais : trois frais de relance au plus par créance.',
    'fees.reminder.too-soon': () => 'Pas de frais : moins de 10 jours depuis la relance précédente.',
    'fees.reminder.capped': () => 'Frais plafonnés à 100 DKK (renteloven §9b).',
  },
  ro: {
    'fees.uk-band-without-rate': (p) =>
      `Creanță în ${p.currency} fără curs GBP: încadrată sub 1.000 £; indicați cursul pentru încadrarea corectă.`,
    'fees.converted': (p, f) =>
      `${f.money(p.legalAmount, p.legalCurrency)} convertiți la cursul de ${f.number(p.rate, 4)} ${p.currency}/${p.legalCurrency}.`,
    'fees.ro-payable-in-lei': () => '40 de euro plătibili în lei la cursul BNR din ziua plății.',
    'fees.reminder.not-overdue': () => 'Fără taxă: factura nu era încă scadentă.',
    'fees.reminder.no-fee-set': () => 'Nicio taxă stabilită pentru această notificare.',
    'fees.reminder.max-three': () => 'Fără taxă: cel mult trei taxe de notificare pe creanță.',
    'fees.reminder.too-soon': () => 'Fără taxă: mai puțin de 10 zile de la notificarea anterioară.',
    'fees.reminder.capped': () => 'Taxă limitată la 100 DKK (renteloven §9b).',
  },
  da: {
    'fees.uk-band-without-rate': (p) =>
      `Fordring i ${p.currency} uden GBP-kurs: indplaceret under £1.000; angiv kursen for den rigtige indplacering.`,
    'fees.converted': (p, f) =>
      `${f.money(p.legalAmount, p.legalCurrency)} omregnet til kurs ${f.number(p.rate, 4)} ${p.currency}/${p.legalCurrency}.`,
    'fees.ro-payable-in-lei': () =>
      '40 EUR betales i lei til BNR-kursen (Rumæniens Nationalbank) på betalingsdagen.',
    'fees.reminder.not-overdue': () => 'Intet gebyr: fakturaen var endnu ikke forfalden.',
    'fees.reminder.no-fee-set': () => 'Intet gebyr angivet for denne rykker.',
    'fees.reminder.max-three': () => 'Intet gebyr: højst tre rykkergebyrer pr. fordring.',
    'fees.reminder.too-soon': () => 'Intet gebyr: mindre end 10 dage efter forrige rykker.',
    'fees.reminder.capped': () => 'Rykkergebyr begrænset til 100 kr. (renteloven §9b).',
  },
  de: {
    'fees.uk-band-without-rate': (p) =>
      `Forderung in ${p.currency} ohne GBP-Kurs: als unter 1.000 £ eingestuft; für die richtige Stufe den Kurs angeben.`,
    'fees.converted': (p, f) =>
      `${f.money(p.legalAmount, p.legalCurrency)} umgerechnet zum Kurs ${f.number(p.rate, 4)} ${p.currency}/${p.legalCurrency}.`,
    'fees.ro-payable-in-lei': () =>
      '40 EUR zahlbar in Lei zum BNR-Kurs (Rumänische Nationalbank) des Zahlungstages.',
    'fees.reminder.not-overdue': () => 'Keine Gebühr: die Rechnung war noch nicht fällig.',
    'fees.reminder.no-fee-set': () => 'Für diese Mahnung ist keine Gebühr festgelegt.',
    'fees.reminder.max-three': () => 'Keine Gebühr: höchstens drei Mahngebühren je Forderung.',
    'fees.reminder.too-soon': () => 'Keine Gebühr: weniger als 10 Tage nach der vorigen Mahnung.',
    'fees.reminder.capped': () => 'Gebühr auf 100 DKK begrenzt (renteloven §9b).',
  },
};
