// A generated, realistic book for the first visit: about 60 customers in seven countries, about 1,500
// invoices over two years up to the as-of date, paid on time, late, partly, early with discount, or not
// at all, with credit notes and a contact log. Seeded, so the same seed and date give the same book.
import { addDays, endOfMonth } from '../domain/dates';
import { percentOf } from '../domain/money';
import type {
  Activity,
  Adjustment,
  CompanyProfile,
  Customer,
  Invoice,
  IsoDate,
  Language,
  Payment,
  PaymentTerms,
} from '../domain/types';
import type { ChangeSet } from '../db/book';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CountryDef {
  country: string;
  language: Language;
  currency: string;
  names: string[];
  terms: PaymentTerms[];
  scale: number;
}

const COUNTRIES: CountryDef[] = [
  {
    country: 'IT',
    language: 'it',
    currency: 'EUR',
    scale: 1,
    terms: [
      { type: 'eom', days: 30 },
      { type: 'net', days: 60 },
      { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] },
    ],
    names: [
      'Rossi Costruzioni S.r.l.',
      'Bianchi & Figli S.n.c.',
      'Pasticceria Dolcé',
      'Ferramenta Galli',
      'Studio Associato Conti',
      'Trattoria Da Nicolò',
      'Esposito Trasporti S.p.A.',
      'Caffè Perù S.r.l.',
      'Tipografia Marchetti',
      'Officina Lucà',
    ],
  },
  {
    country: 'FR',
    language: 'fr',
    currency: 'EUR',
    scale: 1,
    terms: [
      { type: 'net', days: 30 },
      { type: 'eom', days: 45 },
      { type: 'net', days: 30, discounts: [{ percent: 1.5, days: 8 }] },
    ],
    names: [
      'Boulangerie Lefèvre',
      'Société Générale des Eaux de Sète',
      'Garage Dubois SARL',
      'Éditions Chloé',
      'Menuiserie Girard',
      'Hôtel Les Tilleuls',
      'Pâtisserie Noël',
      'Cabinet Moreau & Associés',
      'Transports Béranger',
    ],
  },
  {
    country: 'RO',
    language: 'ro',
    currency: 'RON',
    scale: 5,
    terms: [
      { type: 'net', days: 30 },
      { type: 'net', days: 45 },
    ],
    names: [
      'Ștefan Țăranu SRL',
      'Construcții Mureș SA',
      'Brutăria Ionescu',
      'Tehnoplast Brașov SRL',
      'Agroferm Sălaj',
      'Dumitrescu & Asociații',
      'Vinăria Cotnari Țara',
      'Transilvania Logistic SRL',
    ],
  },
  {
    country: 'DK',
    language: 'da',
    currency: 'DKK',
    scale: 7,
    terms: [
      { type: 'net', days: 14 },
      { type: 'net', days: 30 },
      { type: 'eom', days: 15 },
    ],
    names: [
      'Ørsted Møbler ApS',
      'Bageriet Åbyhøj',
      'Jensen & Søn A/S',
      'Kærgård Tømrer',
      'Nørrebro Kaffe ApS',
      'Ålborg Byg A/S',
      'Fæstningens Rengøring',
      'Sønderborg Elektro',
    ],
  },
  {
    country: 'DE',
    language: 'de',
    currency: 'EUR',
    scale: 1,
    terms: [
      {
        type: 'net',
        days: 30,
        discounts: [
          { percent: 3, days: 8 },
          { percent: 2, days: 14 },
        ],
      },
      { type: 'net', days: 30 },
    ],
    names: [
      'Müller Maschinenbau GmbH',
      'Bäckerei Schäfer',
      'Weiß & Söhne KG',
      'Grünwald Logistik GmbH',
      'Schröder Elektrotechnik',
      'Fleischerei Größ',
      'Hoffmann Druck GmbH',
      'Köhler IT-Service',
    ],
  },
  {
    country: 'GB',
    language: 'en',
    currency: 'GBP',
    scale: 0.9,
    terms: [
      { type: 'net', days: 30 },
      { type: 'eom', days: 30 },
    ],
    names: [
      'Hartley & Sons Ltd',
      'Blackwood Joinery',
      "O'Neill Catering Ltd",
      'Penrose Print Co',
      'Ashford Plumbing',
      'Whitmore Consulting LLP',
      'Kensington Florists',
      'Dunmore Haulage Ltd',
      'St Ives Bakery',
    ],
  },
  {
    country: 'US',
    language: 'en',
    currency: 'USD',
    scale: 1.1,
    terms: [
      { type: 'net', days: 30, discounts: [{ percent: 2, days: 10 }] },
      { type: 'net', days: 45 },
      { type: 'net', days: 15 },
    ],
    names: [
      'Acme Hardware Inc.',
      'Blue Ridge Coffee Co.',
      'Lakeside Dental LLC',
      'Summit Roofing',
      'Golden Gate Print Shop',
      'Riverbend Farms',
      'Maple Street Bakery',
      'Redwood Analytics Inc.',
    ],
  },
];

const STREETS: Record<string, string> = {
  IT: 'Via Roma 12\n20121 Milano',
  FR: '14 rue de la Paix\n75002 Paris',
  RO: 'Strada Republicii 5\n400015 Cluj-Napoca',
  DK: 'Vesterbrogade 21\n1620 København V',
  DE: 'Hauptstraße 7\n10115 Berlin',
  GB: '22 High Street\nBath BA1 5AW',
  US: '100 Main Street\nSpringfield, IL 62701',
};

type Habit = 'reliable' | 'sporadic' | 'chronic';

function dueFrom(issue: IsoDate, terms: PaymentTerms): IsoDate {
  return terms.type === 'eom' ? addDays(endOfMonth(issue), terms.days) : addDays(issue, terms.days);
}

/** The words written into the sample book (notes, descriptions, the contact log): the user's language. */
export interface SampleTexts {
  chronicNote: string;
  descriptions: [string, string, string, string, string];
  reminderSent: string;
  call: string;
  promise: string;
  outcomeSent: string;
  outcomePromise: string;
  /** A payment's bank reference; `{number}` stands for the invoice number. */
  paymentReference: string;
}

export const SAMPLE_TEXTS_EN: SampleTexts = {
  chronicNote: 'Often pays late; ask for the accounts department.',
  descriptions: [
    'Goods delivered',
    'Consulting services',
    'Monthly maintenance',
    'Materials',
    'Installation work',
  ],
  // The log adds the outcome ("— sent"): the text itself says what was sent, not "sent" twice.
  reminderSent: 'Friendly reminder',
  call: 'Spoke to accounts about the overdue invoice',
  promise: 'Promised on the phone to pay in full',
  outcomeSent: 'sent',
  outcomePromise: 'promise to pay',
  paymentReference: 'Invoice {number}',
};

export interface SampleBook {
  customers: Customer[];
  invoices: Invoice[];
  payments: Payment[];
  adjustments: Adjustment[];
  activities: Activity[];
}

export function generateSampleData(
  asOf: IsoDate,
  seed = 20241,
  texts: SampleTexts = SAMPLE_TEXTS_EN,
): SampleBook {
  const rand = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  let seq = 0;
  const id = (p: string) => `${p}-sample-${(++seq).toString(36).padStart(5, '0')}`;

  const customers: Customer[] = [];
  const invoices: Invoice[] = [];
  const payments: Payment[] = [];
  const adjustments: Adjustment[] = [];
  const activities: Activity[] = [];
  const start = addDays(asOf, -730);
  let invoiceNo = 1000;

  for (const def of COUNTRIES) {
    for (const name of def.names) {
      const habit: Habit = pick(['reliable', 'reliable', 'sporadic', 'sporadic', 'chronic']);
      const terms = pick(def.terms);
      const customer: Customer = {
        id: id('cus'),
        name,
        country: def.country,
        language: def.language,
        currency: def.currency,
        debtor: rand() < 0.1 ? 'consumer' : 'business',
        terms,
        creditLimit: Math.round(int(5, 50) * 1000 * def.scale) * 100,
        creditHold: habit === 'chronic' && rand() < 0.4,
        escalation: 'none',
        email: `accounts@${name
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z]+/g, '')
          .slice(0, 14)}.example`,
        phone: '+00 000 0000',
        address: STREETS[def.country] ?? '',
        taxId: `${def.country}${String(int(10000000, 99999999))}`,
        createdAt: start,
        notes: habit === 'chronic' ? texts.chronicNote : '',
      };
      customers.push(customer);
      const count = int(18, 32);
      for (let k = 0; k < count; k++) {
        const issueDate = addDays(start, int(0, 725));
        const dueDate = dueFrom(issueDate, terms);
        const amount = Math.round(int(80, 9000) * def.scale) * 100 + int(0, 99);
        const invoice: Invoice = {
          id: id('inv'),
          number: `${issueDate.slice(0, 4)}/${++invoiceNo}`,
          customerId: customer.id,
          issueDate,
          dueDate,
          currency: def.currency,
          amount,
          terms,
          description: pick(texts.descriptions),
        };
        invoices.push(invoice);

        let open = amount;
        if (rand() < 0.04) {
          const credit = Math.min(amount, Math.round(amount * pick([0.1, 0.25, 1])));
          const creditDate = addDays(issueDate, int(3, 20));
          if (creditDate <= asOf) {
            adjustments.push({
              id: id('adj'),
              kind: 'credit-note',
              customerId: customer.id,
              invoiceId: invoice.id,
              date: creditDate,
              amount: credit,
              currency: def.currency,
              reason: 'Returned goods',
              number: `NC-${invoiceNo}`,
            });
            open -= credit;
          }
        }
        if (open <= 0) continue;

        const tier = terms.discounts?.[0];
        const roll = rand();
        const pay = (date: IsoDate, value: number, discount?: number) => {
          if (date > asOf) return;
          payments.push({
            id: id('pay'),
            date,
            amount: value,
            currency: def.currency,
            customerId: customer.id,
            payer: name,
            reference: texts.paymentReference.replace('{number}', invoice.number),
            method: 'bank transfer',
            allocations: [{ invoiceId: invoice.id, amount: value, ...(discount ? { discount } : {}) }],
          });
        };
        if (tier && habit === 'reliable' && roll < 0.5 && open === amount) {
          const discount = percentOf(amount, tier.percent);
          pay(addDays(issueDate, int(1, tier.days)), amount - discount, discount);
        } else if (habit === 'reliable') {
          pay(addDays(dueDate, int(-5, 3)), open);
        } else if (habit === 'sporadic') {
          if (roll < 0.15) {
            const part = Math.round(open / 2);
            pay(addDays(dueDate, int(5, 30)), part);
            pay(addDays(dueDate, int(40, 80)), open - part);
          } else pay(addDays(dueDate, roll < 0.55 ? int(-2, 5) : int(10, 45)), open);
        } else {
          if (roll < 0.3) {
            const part = Math.round(open * 0.3);
            pay(addDays(dueDate, int(20, 60)), part);
            pay(addDays(dueDate, int(90, 200)), open - part);
          } else if (roll < 0.85) pay(addDays(dueDate, int(30, 150)), open);
          // A few stay unpaid for good, but only recent ones: old debts were settled or chased long ago.
          else if (issueDate < addDays(asOf, -240)) pay(addDays(dueDate, int(100, 200)), open);
        }
      }
      if (habit !== 'reliable') {
        const custInvoices = invoices.filter((i) => i.customerId === customer.id && i.dueDate < asOf);
        const last = custInvoices.sort((a, b) => (a.dueDate < b.dueDate ? 1 : -1)).slice(0, 3);
        for (const inv of last) {
          const date = addDays(inv.dueDate, int(5, 20));
          if (date > asOf) continue;
          activities.push({
            id: id('act'),
            customerId: customer.id,
            invoiceIds: [inv.id],
            date,
            kind: 'letter',
            text: texts.reminderSent,
            outcome: texts.outcomeSent,
          });
          const callDate = addDays(date, 8);
          if (callDate > asOf) continue;
          const promiseDate = addDays(callDate, 7);
          activities.push({
            id: id('act'),
            customerId: customer.id,
            invoiceIds: [inv.id],
            date: callDate,
            time: '10:30',
            kind: 'call',
            text: texts.call,
            outcome: texts.outcomePromise,
          });
          activities.push({
            id: id('act'),
            customerId: customer.id,
            invoiceIds: [inv.id],
            date: callDate,
            kind: 'promise',
            text: texts.promise,
            promiseAmount: inv.amount,
            promiseDate,
            promiseKept: habit === 'sporadic' ? true : promiseDate > asOf ? undefined : false,
          });
        }
      }
    }
  }
  return { customers, invoices, payments, adjustments, activities };
}

export function sampleChangeSet(asOf: IsoDate, seed?: number, texts?: SampleTexts): ChangeSet {
  const s = generateSampleData(asOf, seed, texts);
  return {
    customers: { put: s.customers },
    invoices: { put: s.invoices },
    payments: { put: s.payments },
    adjustments: { put: s.adjustments },
    activities: { put: s.activities },
  };
}

/** The sample book's seller: a company of the profile's country where the sample has one, else Italy. */
export type SampleSeller = Pick<
  CompanyProfile,
  'name' | 'address' | 'taxId' | 'iban' | 'bic' | 'email' | 'phone' | 'country' | 'baseCurrency'
>;

const SELLERS: Record<string, Omit<SampleSeller, 'email' | 'country'>> = {
  IT: {
    name: 'Sample Trading S.r.l.',
    address: 'Via Garibaldi 1\n10122 Torino',
    taxId: 'IT01234567890',
    iban: 'IT60X0542811101000000123456',
    bic: 'BPMOIT22XXX',
    phone: '+39 011 000000',
    baseCurrency: 'EUR',
  },
  RO: {
    name: 'Sample Trading S.R.L.',
    address: 'Str. Lipscani 10\n030031 București',
    taxId: 'RO12345678',
    iban: 'RO49AAAA1B31007593840000',
    bic: 'RNCBROBU',
    phone: '+40 21 000 0000',
    baseCurrency: 'RON',
  },
  FR: {
    name: 'Sample Trading SARL',
    address: '12 rue de la Paix\n75002 Paris',
    taxId: 'FR12345678901',
    iban: 'FR1420041010050500013M02606',
    bic: 'PSSTFRPPPAR',
    phone: '+33 1 00 00 00 00',
    baseCurrency: 'EUR',
  },
  DE: {
    name: 'Sample Trading GmbH',
    address: 'Hauptstraße 1\n10115 Berlin',
    taxId: 'DE123456789',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
    phone: '+49 30 000000',
    baseCurrency: 'EUR',
  },
  DK: {
    name: 'Sample Trading ApS',
    address: 'Vesterbrogade 1\n1620 København V',
    taxId: 'DK12345678',
    iban: 'DK5000400440116243',
    bic: 'DABADKKK',
    phone: '+45 00 00 00 00',
    baseCurrency: 'DKK',
  },
  GB: {
    name: 'Sample Trading Ltd',
    address: '1 High Street\nLondon EC1A 1AA',
    taxId: 'GB123456789',
    iban: 'GB29NWBK60161331926819',
    bic: 'NWBKGB2L',
    phone: '+44 20 0000 0000',
    baseCurrency: 'GBP',
  },
  US: {
    name: 'Sample Trading Inc.',
    address: '1 Main Street\nSpringfield, IL 62701',
    taxId: '12-3456789',
    iban: '',
    bic: '',
    phone: '+1 217 000 0000',
    baseCurrency: 'USD',
  },
};

/**
 * The seller of the sample book for a profile's country: one of the seven countries the sample's
 * customers are in keeps its own (its law, its currency), any other gets the Italian one.
 */
export function sampleSeller(country: string): SampleSeller {
  const own = SELLERS[country];
  const seller = own ?? (SELLERS.IT as Omit<SampleSeller, 'email' | 'country'>);
  return { ...seller, email: 'accounts@sample-trading.example', country: own ? country : 'IT' };
}
