// Words for why a bank line was matched to invoices (src/matching returns the codes).
import type { MatchReason } from '../../matching/types';
import type { Fmt } from './format';
import type { LanguageTexts } from './types';

export type MatchingReason = MatchReason;

const list = (numbers: string[]): string => numbers.join(', ');
const m = (f: Fmt, amount: number, currency: string): string => f.money(amount, currency);

export const matchingTexts: LanguageTexts<MatchingReason> = {
  en: {
    'match.number-in-reference': (p) =>
      `Reference names invoice${p.numbers.length > 1 ? 's' : ''} ${list(p.numbers)}`,
    'match.exact-amount': (p, f) =>
      p.number !== undefined
        ? `Amount ${m(f, p.amount, p.currency)} equals the open balance of invoice ${p.number}` +
          (p.onlyOne ? ' (the only open invoice with this balance)' : '')
        : (p.count > 1
            ? `Amount ${m(f, p.amount, p.currency)} equals the sum of the ${p.count} open balances ${m(f, p.open, p.currency)}`
            : `Amount ${m(f, p.amount, p.currency)} equals the open balance ${m(f, p.open, p.currency)}`) +
          (p.afterEarlier ? ' (after earlier lines)' : ''),
    'match.discounted-amount': (p, f) =>
      p.via === 'tier'
        ? `Paid ${m(f, p.amount, p.currency)} by ${f.date(p.deadline)}, within the ${f.percent(p.percent, 0)} discount: a discount of ${m(f, p.discount, p.currency)} settles the invoice`
        : p.via === 'sum'
          ? `Amount ${m(f, p.amount, p.currency)} equals the open balances less the early-payment discounts earned by ${f.date(p.date)}`
          : `Amount ${m(f, p.amount, p.currency)} is invoice ${p.number}'s balance less the early-payment discount earned on ${f.date(p.date)}`,
    'match.name-similar': (p, f) =>
      `Payer name is similar to customer "${p.customer}" (${f.percent(p.similarity * 100, 0)} alike)`,
    'match.sum-of-invoices': (p, f) =>
      `Amount ${m(f, p.amount, p.currency)} equals the sum of invoices ${list(p.numbers)}`,
    'match.partial': (p, f) =>
      `Pays ${m(f, p.amount, p.currency)} of the open ${m(f, p.open, p.currency)}${p.afterEarlier ? ' (after earlier lines)' : ''}; ${m(f, p.open - p.amount, p.currency)} stays open`,
    'match.overpayment': (p, f) => `${m(f, p.excess, p.currency)} more than the open balance, left as credit`,
    'match.oldest-first': () => 'No amount fits: allocated to the oldest open invoices first',
  },
  it: {
    'match.number-in-reference': (p) =>
      `La causale indica ${p.numbers.length > 1 ? 'le fatture' : 'la fattura'} ${list(p.numbers)}`,
    'match.exact-amount': (p, f) =>
      p.number !== undefined
        ? `L'importo ${m(f, p.amount, p.currency)} è pari al residuo della fattura ${p.number}` +
          (p.onlyOne ? " (l'unica fattura aperta con questo residuo)" : '')
        : (p.count > 1
            ? `L'importo ${m(f, p.amount, p.currency)} è pari alla somma dei ${p.count} residui aperti ${m(f, p.open, p.currency)}`
            : `L'importo ${m(f, p.amount, p.currency)} è pari al residuo ${m(f, p.open, p.currency)}`) +
          (p.afterEarlier ? ' (dopo i movimenti precedenti)' : ''),
    'match.discounted-amount': (p, f) =>
      p.via === 'tier'
        ? `Pagati ${m(f, p.amount, p.currency)} entro il ${f.date(p.deadline)}, nei termini dello sconto del ${f.percent(p.percent, 0)}: uno sconto di ${m(f, p.discount, p.currency)} salda la fattura`
        : p.via === 'sum'
          ? `L'importo ${m(f, p.amount, p.currency)} è pari ai residui meno gli sconti per pagamento anticipato maturati al ${f.date(p.date)}`
          : `L'importo ${m(f, p.amount, p.currency)} è il residuo della fattura ${p.number} meno lo sconto per pagamento anticipato maturato il ${f.date(p.date)}`,
    'match.name-similar': (p, f) =>
      `Il nome dell'ordinante è simile al cliente "${p.customer}" (somiglianza ${f.percent(p.similarity * 100, 0)})`,
    'match.sum-of-invoices': (p, f) =>
      `L'importo ${m(f, p.amount, p.currency)} è pari alla somma delle fatture ${list(p.numbers)}`,
    'match.partial': (p, f) =>
      `Paga ${m(f, p.amount, p.currency)} dei ${m(f, p.open, p.currency)} aperti${p.afterEarlier ? ' (dopo i movimenti precedenti)' : ''}; restano aperti ${m(f, p.open - p.amount, p.currency)}`,
    'match.overpayment': (p, f) =>
      `${m(f, p.excess, p.currency)} oltre il residuo, lasciati come credito del cliente`,
    'match.oldest-first': () => 'Nessun importo corrisponde: imputato alle fatture aperte più vecchie',
  },
  fr: {
    'match.number-in-reference': (p) =>
      `Le libellé cite ${p.numbers.length > 1 ? 'les factures' : 'la facture'} ${list(p.numbers)}`,
    'match.exact-amount': (p, f) =>
      p.number !== undefined
        ? `Le montant ${m(f, p.amount, p.currency)} égale le solde de la facture ${p.number}` +
          (p.onlyOne ? ' (la seule facture ouverte avec ce solde)' : '')
        : (p.count > 1
            ? `Le montant ${m(f, p.amount, p.currency)} égale la somme des ${p.count} soldes ouverts ${m(f, p.open, p.currency)}`
            : `Le montant ${m(f, p.amount, p.currency)} égale le solde ouvert ${m(f, p.open, p.currency)}`) +
          (p.afterEarlier ? ' (après les lignes précédentes)' : ''),
    'match.discounted-amount': (p, f) =>
      p.via === 'tier'
        ? `${m(f, p.amount, p.currency)} payés au plus tard le ${f.date(p.deadline)}, dans le délai de l'escompte de ${f.percent(p.percent, 0)} : un escompte de ${m(f, p.discount, p.currency)} solde la facture`
        : p.via === 'sum'
          ? `Le montant ${m(f, p.amount, p.currency)} égale les soldes ouverts moins les escomptes pour paiement anticipé acquis au ${f.date(p.date)}`
          : `Le montant ${m(f, p.amount, p.currency)} est le solde de la facture ${p.number} moins l'escompte pour paiement anticipé acquis le ${f.date(p.date)}`,
    'match.name-similar': (p, f) =>
      `Le nom du donneur d'ordre ressemble au client « ${p.customer} » (ressemblance ${f.percent(p.similarity * 100, 0)})`,
    'match.sum-of-invoices': (p, f) =>
      `Le montant ${m(f, p.amount, p.currency)} égale la somme des factures ${list(p.numbers)}`,
    'match.partial': (p, f) =>
      `Paie ${m(f, p.amount, p.currency)} sur ${m(f, p.open, p.currency)} ouverts${p.afterEarlier ? ' (après les lignes précédentes)' : ''} ; ${m(f, p.open - p.amount, p.currency)} restent dus`,
    'match.overpayment': (p, f) =>
      `${m(f, p.excess, p.currency)} de plus que le solde, laissés en avoir du client`,
    'match.oldest-first': () =>
      'Aucun montant ne correspond : imputé aux factures ouvertes les plus anciennes',
  },
  ro: {
    'match.number-in-reference': (p) =>
      `Referința menționează ${p.numbers.length > 1 ? 'facturile' : 'factura'} ${list(p.numbers)}`,
    'match.exact-amount': (p, f) =>
      p.number !== undefined
        ? `Suma ${m(f, p.amount, p.currency)} este egală cu soldul facturii ${p.number}` +
          (p.onlyOne ? ' (singura factură deschisă cu acest sold)' : '')
        : (p.count > 1
            ? `Suma ${m(f, p.amount, p.currency)} este egală cu totalul celor ${p.count} solduri deschise ${m(f, p.open, p.currency)}`
            : `Suma ${m(f, p.amount, p.currency)} este egală cu soldul deschis ${m(f, p.open, p.currency)}`) +
          (p.afterEarlier ? ' (după liniile anterioare)' : ''),
    'match.discounted-amount': (p, f) =>
      p.via === 'tier'
        ? `Plătit ${m(f, p.amount, p.currency)} până la ${f.date(p.deadline)}, în termenul reducerii de ${f.percent(p.percent, 0)}: o reducere de ${m(f, p.discount, p.currency)} stinge factura`
        : p.via === 'sum'
          ? `Suma ${m(f, p.amount, p.currency)} este egală cu soldurile deschise minus reducerile pentru plată anticipată obținute la ${f.date(p.date)}`
          : `Suma ${m(f, p.amount, p.currency)} este soldul facturii ${p.number} minus reducerea pentru plată anticipată obținută la ${f.date(p.date)}`,
    'match.name-similar': (p, f) =>
      `Numele plătitorului seamănă cu clientul „${p.customer}” (asemănare ${f.percent(p.similarity * 100, 0)})`,
    'match.sum-of-invoices': (p, f) =>
      `Suma ${m(f, p.amount, p.currency)} este egală cu totalul facturilor ${list(p.numbers)}`,
    'match.partial': (p, f) =>
      `Plătește ${m(f, p.amount, p.currency)} din ${m(f, p.open, p.currency)} deschiși${p.afterEarlier ? ' (după liniile anterioare)' : ''}; rămân de plată ${m(f, p.open - p.amount, p.currency)}`,
    'match.overpayment': (p, f) => `${m(f, p.excess, p.currency)} peste sold, lăsați ca avans al clientului`,
    'match.oldest-first': () =>
      'Nicio sumă nu se potrivește: alocat întâi facturilor deschise cele mai vechi',
  },
  da: {
    'match.number-in-reference': (p) =>
      `Teksten nævner ${p.numbers.length > 1 ? 'fakturaerne' : 'faktura'} ${list(p.numbers)}`,
    'match.exact-amount': (p, f) =>
      p.number !== undefined
        ? `Beløbet ${m(f, p.amount, p.currency)} svarer til restbeløbet på faktura ${p.number}` +
          (p.onlyOne ? ' (den eneste åbne faktura med dette restbeløb)' : '')
        : (p.count > 1
            ? `Beløbet ${m(f, p.amount, p.currency)} svarer til summen af de ${p.count} åbne restbeløb ${m(f, p.open, p.currency)}`
            : `Beløbet ${m(f, p.amount, p.currency)} svarer til restbeløbet ${m(f, p.open, p.currency)}`) +
          (p.afterEarlier ? ' (efter tidligere linjer)' : ''),
    'match.discounted-amount': (p, f) =>
      p.via === 'tier'
        ? `Betalt ${m(f, p.amount, p.currency)} senest ${f.date(p.deadline)}, inden for kontantrabatten på ${f.percent(p.percent, 0)}: en rabat på ${m(f, p.discount, p.currency)} udligner fakturaen`
        : p.via === 'sum'
          ? `Beløbet ${m(f, p.amount, p.currency)} svarer til restbeløbene minus den kontantrabat, der er opnået ${f.date(p.date)}`
          : `Beløbet ${m(f, p.amount, p.currency)} er restbeløbet på faktura ${p.number} minus den kontantrabat, der er opnået ${f.date(p.date)}`,
    'match.name-similar': (p, f) =>
      `Betalerens navn ligner kunden "${p.customer}" (${f.percent(p.similarity * 100, 0)} ens)`,
    'match.sum-of-invoices': (p, f) =>
      `Beløbet ${m(f, p.amount, p.currency)} svarer til summen af fakturaerne ${list(p.numbers)}`,
    'match.partial': (p, f) =>
      `Betaler ${m(f, p.amount, p.currency)} af de åbne ${m(f, p.open, p.currency)}${p.afterEarlier ? ' (efter tidligere linjer)' : ''}; ${m(f, p.open - p.amount, p.currency)} står fortsat åbent`,
    'match.overpayment': (p, f) =>
      `${m(f, p.excess, p.currency)} mere end restbeløbet, står som tilgodehavende for kunden`,
    'match.oldest-first': () => 'Intet beløb passer: fordelt på de ældste åbne fakturaer først',
  },
  de: {
    'match.number-in-reference': (p) =>
      `Der Verwendungszweck nennt ${p.numbers.length > 1 ? 'die Rechnungen' : 'die Rechnung'} ${list(p.numbers)}`,
    'match.exact-amount': (p, f) =>
      p.number !== undefined
        ? `Der Betrag ${m(f, p.amount, p.currency)} entspricht dem offenen Betrag der Rechnung ${p.number}` +
          (p.onlyOne ? ' (die einzige offene Rechnung mit diesem Betrag)' : '')
        : (p.count > 1
            ? `Der Betrag ${m(f, p.amount, p.currency)} entspricht der Summe der ${p.count} offenen Posten ${m(f, p.open, p.currency)}`
            : `Der Betrag ${m(f, p.amount, p.currency)} entspricht dem offenen Posten ${m(f, p.open, p.currency)}`) +
          (p.afterEarlier ? ' (nach früheren Umsätzen)' : ''),
    'match.discounted-amount': (p, f) =>
      p.via === 'tier'
        ? `${m(f, p.amount, p.currency)} bis ${f.date(p.deadline)} gezahlt, innerhalb der Skontofrist von ${f.percent(p.percent, 0)}: ein Skonto von ${m(f, p.discount, p.currency)} gleicht die Rechnung aus`
        : p.via === 'sum'
          ? `Der Betrag ${m(f, p.amount, p.currency)} entspricht den offenen Posten abzüglich des bis ${f.date(p.date)} verdienten Skontos`
          : `Der Betrag ${m(f, p.amount, p.currency)} ist der offene Betrag der Rechnung ${p.number} abzüglich des am ${f.date(p.date)} verdienten Skontos`,
    'match.name-similar': (p, f) =>
      `Der Name des Zahlers ähnelt dem Kunden „${p.customer}“ (${f.percent(p.similarity * 100, 0)} Übereinstimmung)`,
    'match.sum-of-invoices': (p, f) =>
      `Der Betrag ${m(f, p.amount, p.currency)} entspricht der Summe der Rechnungen ${list(p.numbers)}`,
    'match.partial': (p, f) =>
      `Zahlt ${m(f, p.amount, p.currency)} von offenen ${m(f, p.open, p.currency)}${p.afterEarlier ? ' (nach früheren Umsätzen)' : ''}; ${m(f, p.open - p.amount, p.currency)} bleiben offen`,
    'match.overpayment': (p, f) =>
      `${m(f, p.excess, p.currency)} mehr als der offene Betrag, als Guthaben des Kunden verbucht`,
    'match.oldest-first': () => 'Kein Betrag passt: auf die ältesten offenen Rechnungen zuerst verteilt',
  },
};
