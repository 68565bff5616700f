// Breve på dansk: høflige, faste, saglige; ingen trusler (issue #11, rules §5).
import type { LetterLanguage } from './types';

export const da: LetterLanguage = {
  words: {
    kind: {
      'receipt-check': 'Har I modtaget vores faktura?',
      'courtesy-reminder': 'Venlig påmindelse',
      'reminder-1': 'Betalingspåmindelse (rykker 1)',
      'reminder-2': 'Rykker 2',
      'final-notice': 'Inkassovarsel',
      statement: 'Kontoudtog',
      'interest-statement': 'Krav om morarente',
      'payment-plan': 'Afdragsordning',
      'settlement-offer': 'Forligstilbud',
      'settlement-confirmation': 'Bekræftelse af forlig',
      'discount-offer': 'Tilbud om kontantrabat',
    },
    sending: {
      ordinary: '',
      'raccomandata-pec': 'Anbefalet brev med kvittering for modtagelse eller PEC',
      'recommande-ar': 'Anbefalet brev med kvittering for modtagelse',
      'recomandata-ar': 'Anbefalet brev med kvittering for modtagelse',
      einschreiben: 'Anbefalet brev med kvittering for modtagelse',
      'registered-post': 'Anbefalet brev',
      'recorded-delivery': 'Anbefalet brev',
    },
    lawReason: {
      'seller-country':
        'da intet andet er aftalt, gælder loven i leverandørens land (Rom-konventionen art. 4 / Rom I-forordningen art. 4)',
      'consumer-country': 'loven i forbrugerens land gælder (Rom I-forordningen art. 6)',
      contract: 'den lov, der er aftalt i vores kontrakt, gælder',
    },
    col: {
      invoice: 'Faktura',
      issued: 'Dato',
      due: 'Forfald',
      amount: 'Beløb',
      paid: 'Betalt',
      credited: 'Kreditnotaer',
      discount: 'Kontantrabat',
      writtenOff: 'Afskrevet',
      contested: 'Bestridt',
      open: 'Restbeløb',
      daysLate: 'Dage for sent',
      from: 'Fra',
      to: 'Til',
      days: 'Dage',
      principal: 'Hovedstol',
      rate: 'Sats',
      interest: 'Rente',
      instalment: 'Afdrag',
      period: 'Dage efter forfald',
    },
    total: {
      open: 'Ubetalte fakturaer',
      interest: 'Morarente',
      compensation: 'Kompensationsbeløb',
      fees: 'Gebyrer',
      reminderFee: 'Rykkergebyr',
      due: 'I alt at betale',
      discount: 'Kontantrabat',
      discounted: 'Beløb at betale med rabat',
      settlement: 'Forligsbeløb',
      schedule: 'Afdrag i alt',
    },
    planTerms: {
      principal: 'Anerkendt beløb',
      principalOn: 'Anerkendt beløb pr. {date}',
      interest: 'Rente på {rate} om året af restgælden',
      fee: 'Gebyr for afdragsordningen',
      total: 'I alt at betale i afdrag',
      paid: 'Betalt siden {date}',
      remaining: 'Restbeløb i henhold til afdragsordningen',
    },
    payment: {
      title: 'Betalingsoplysninger',
      beneficiary: 'Modtager',
      reference: 'Reference',
      qr: 'Scan med jeres bankapp',
    },
    page: 'Side {n} af {total}',
    creditor: 'Kreditor',
    debtor: 'Debitor',
    signDate: 'Dato',
    signature: 'Underskrift',
    taxId: 'CVR',
    taxIdAbroad: { home: 'DK', label: 'Momsnr.' },
    tracking: 'Forsendelsesnummer',
    interestOnlySubject: 'Morarente: i alt at betale {total_due}',
    contested: 'Faktura {invoice}: {amount} er omtvistet og kræves ikke med dette brev.',
    foreignProcedure: 'proceduren »{name}«',
    invoiceCount: {
      one: [
        ['Forligstilbud for fakturaerne {invoice_numbers}', 'Forligstilbud for faktura {invoice_numbers}'],
        [
          'Bekræftelse af forlig: fakturaerne {invoice_numbers}',
          'Bekræftelse af forlig: faktura {invoice_numbers}',
        ],
        [
          '{discount_percent} kontantrabat på fakturaerne {invoice_numbers}',
          '{discount_percent} kontantrabat på faktura {invoice_numbers}',
        ],
        ['er følgende fakturaer endnu ikke betalt:', 'er følgende faktura endnu ikke betalt:'],
        [
          'om nedenstående fakturaer, som vi endnu ikke har modtaget betaling for:',
          'om nedenstående faktura, som vi endnu ikke har modtaget betaling for:',
        ],
        ['er følgende fakturaer stadig ikke betalt:', 'er følgende faktura stadig ikke betalt:'],
        [
          'Følgende fakturaer er betalt for sent eller er stadig ikke betalt:',
          'Følgende faktura er betalt for sent eller er stadig ikke betalt:',
        ],
        ['for følgende fakturaer:', 'for følgende faktura:'],
        ['Følgende fakturaer er ikke betalt, i alt', 'Følgende faktura er ikke betalt, i alt'],
        ['afgørelse af følgende fakturaer:', 'afgørelse af følgende faktura:'],
        ['For følgende fakturaer tilbyder vi', 'For følgende faktura tilbyder vi'],
      ],
      many: [
        [
          'Faktura {invoice_numbers}: er den kommet frem?',
          'Fakturaerne {invoice_numbers}: er de kommet frem?',
        ],
        [
          'Venlig påmindelse: faktura {invoice_numbers} forfalder snart',
          'Venlig påmindelse: fakturaerne {invoice_numbers} forfalder snart',
        ],
        [
          'at følgende faktura er kommet frem, og at alt er i orden:',
          'at følgende fakturaer er kommet frem, og at alt er i orden:',
        ],
        ['at følgende faktura snart forfalder:', 'at følgende fakturaer snart forfalder:'],
      ],
    },
    reference: 'Fakturaer {numbers}',
    referenceOne: 'Faktura {numbers}',
    referenceMore: ' og {count} til',
    referenceList: 'Betalingen vedrører disse fakturaer: {numbers}.',
    paidOn: 'betalt {date}',
    compensationInLei:
      'Ud over beløbet ovenfor skyldes et kompensationsbeløb for inddrivelsesomkostninger på {amount} ({law}), der betales i lei til Rumæniens Nationalbanks (BNR) kurs på betalingsdagen.',
    interestUnknown:
      'Morarente for perioder, hvor vi endnu ikke har referencesatsen, er ikke medregnet i beløbene ovenfor; vi forbeholder os ret til at kræve den.',
    roundingNote:
      'Hver periode vises afrundet; totalen er den nøjagtige sum af perioderne, afrundet én gang til øre.',
    ratePlus: '{reference} + {margin} procentpoint',
    contractRate: 'aftalt rente',
    protocol: [
      'Dette brev sendes efter Pre-Action Protocol for Debt Claims. Vedlagt er et informationsark og en svarblanket: udfyld venligst blanketten, og send den tilbage inden 30 dage fra dette brevs dato.',
      'Hvis I bestrider gælden eller har brug for mere tid eller flere oplysninger, så skriv det på blanketten. I kan få gratis, uafhængig rådgivning, f.eks. hos Citizens Advice eller National Debtline.',
      'Hvis vi ikke modtager svar inden 30 dage, kan vi indlede retssag uden yderligere varsel.',
    ],
  },
  templates: {
    'receipt-check': {
      subject: 'Faktura {invoice_numbers}: er den kommet frem?',
      body: `Kære {customer.name}

Vi vil gerne sikre os, at følgende faktura er kommet frem, og at alt er i orden:

{invoices}

Hvis noget mangler eller er uklart, så giv os besked, så retter vi det med det samme. Ellers siger vi på forhånd tak for betaling inden forfaldsdagen.

{payment}

Med venlig hilsen

{signature}`,
    },
    'courtesy-reminder': {
      subject: 'Venlig påmindelse: faktura {invoice_numbers} forfalder snart',
      body: `Kære {customer.name}

Vi vil blot venligst minde om, at følgende faktura snart forfalder:

{invoices}

Hvis I allerede har sat betalingen i gang, tak for det, og se bort fra denne påmindelse.

{payment}

Med venlig hilsen

{signature}`,
    },
    'reminder-1': {
      subject: 'Betalingspåmindelse: {total_due} er forfaldent',
      body: `Kære {customer.name}

Ifølge vores bogføring er følgende fakturaer endnu ikke betalt:

{invoices}

Det kan være en forglemmelse. Vi vil sætte pris på, at I betaler {total_due} senest {deadline}.

Hvis I allerede har betalt, så se bort fra dette brev, og tak for betalingen. Er der problemer med en faktura, så kontakt os, så finder vi en løsning.

{payment}

Med venlig hilsen

{signature}`,
    },
    'reminder-2': {
      subject: 'Rykker 2: {total_due} er forfaldent',
      body: `Kære {customer.name}

Vi skrev for nylig til jer om nedenstående fakturaer, som vi endnu ikke har modtaget betaling for:

{invoices}

{totals}

Betal venligst {total_due} senest {deadline}. Hvis I ikke kan betale det hele, så kontakt os inden denne dato, så finder vi sammen en løsning.

Hvis I har betalt i mellemtiden, kan I se bort fra denne rykker.

{payment}

Med venlig hilsen

{signature}`,
    },
    'final-notice': {
      subject: 'Inkassovarsel: {total_due}',
      body: `Kære {customer.name}

Trods vores tidligere rykkere er følgende fakturaer stadig ikke betalt:

{invoices}

{totals}

Vi anmoder hermed om betaling af {total_due} senest {deadline} ({deadline_days} dage fra dette brevs afsendelse, jf. {legal_basis}).

Modtager vi ikke betaling inden fristen, vil sagen uden yderligere varsel blive overdraget til inkasso, hvilket kan medføre yderligere omkostninger; et senere skridt kan være {next_step}. Vi foretrækker at finde en løsning direkte med jer: kontakt os inden fristen, hvis I vil drøfte beløbet eller en afdragsordning.

{protocol}

Hvis I har betalt i mellemtiden, kan I se bort fra dette brev.

{payment}

Med venlig hilsen

{signature}`,
    },
    statement: {
      subject: 'Kontoudtog pr. {date}',
      body: `Kære {customer.name}

Hermed jeres kontoudtog pr. {date}.

{invoices}

{aging}

Hvis jeres bogføring afviger fra vores, så giv os besked, så afstemmer vi den. Hvis I allerede har betalt, kan I se bort fra beløb, der er betalt siden.

{payment}

Med venlig hilsen

{signature}`,
    },
    'interest-statement': {
      subject: 'Morarente og kompensationsbeløb: i alt at betale {total_due}',
      body: `Kære {customer.name}

Følgende fakturaer er betalt for sent eller er stadig ikke betalt:

{invoices}

Efter den gældende lov ({law}) skyldes morarente fra dagen efter forfald til betaling; {law_reason}. Beregningen er:

{interest_table}

{totals}

Vi beder jer betale {total_due} senest {deadline}.

{payment}

Med venlig hilsen

{signature}`,
    },
    'payment-plan': {
      subject: 'Afdragsordning: {plan_total} i {instalment_count} afdrag',
      body: `Mellem {company.name} (kreditor) og {customer.name} (debitor).

Debitor erkender at skylde {total_due} for følgende fakturaer:

{invoices}

Parterne aftaler, at debitor betaler {plan_total} i følgende afdrag:

{schedule}

Hvert afdrag betales ved bankoverførsel senest på forfaldsdagen med referencen nedenfor. Debitor kan til enhver tid betale mere eller tidligere.

Er et afdrag mere end 14 dage forsinket, kan kreditor sende en skriftlig meddelelse; er afdraget stadig ikke betalt 14 dage efter meddelelsen, forfalder hele restgælden straks til betaling (fortabelsesklausul). Så længe ordningen overholdes, foretager kreditor ikke andre inddrivelsesskridt for disse fakturaer.

{payment}

Underskriv venligst begge eksemplarer, og send det ene tilbage til os.

{signatures}`,
    },
    'settlement-offer': {
      subject: 'Forligstilbud for fakturaerne {invoice_numbers}',
      body: `Kære {customer.name}

Følgende fakturaer er ikke betalt, i alt {total_due}:

{invoices}

For at afslutte sagen tilbyder vi at modtage {settlement_amount} til fuld og endelig afgørelse, forudsat at beløbet er indgået på vores konto senest {settlement_deadline}.

Tilbuddet gives med forbehold for alle vores rettigheder. Modtages beløbet ikke fuldt ud inden denne dato, bortfalder tilbuddet, og hele gælden på {total_due} skyldes fortsat.

{payment}

Med venlig hilsen

{signature}`,
    },
    'settlement-confirmation': {
      subject: 'Bekræftelse af forlig: fakturaerne {invoice_numbers}',
      body: `Kære {customer.name}

Vi bekræfter at have modtaget {settlement_amount} til fuld og endelig afgørelse af følgende fakturaer:

{invoices}

Med denne betaling er fakturaerne indfriet, og vi har ingen yderligere krav vedrørende dem.

Tak, fordi I har bragt sagen i orden.

Med venlig hilsen

{signature}`,
    },
    'discount-offer': {
      subject: '{discount_percent} kontantrabat på fakturaerne {invoice_numbers}',
      body: `Kære {customer.name}

For følgende fakturaer tilbyder vi jer gerne en kontantrabat på {discount_percent}:

{invoices}

Hvis {discounted_total} er indgået på vores konto senest {discount_deadline}, er fakturaerne betalt fuldt ud (en besparelse på {discount_amount}). Efter denne dato skyldes det fulde beløb på de oprindelige betingelser.

{payment}

Med venlig hilsen

{signature}`,
    },
  },
};
