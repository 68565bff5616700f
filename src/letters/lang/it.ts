// Lettere in italiano: cortesi, ferme, oggettive; nessuna minaccia (issue #11, rules §5).
import type { LetterLanguage } from './types';

export const it: LetterLanguage = {
  words: {
    kind: {
      'receipt-check': 'Ha ricevuto la nostra fattura?',
      'courtesy-reminder': 'Promemoria di cortesia',
      'reminder-1': 'Sollecito di pagamento',
      'reminder-2': 'Secondo sollecito',
      'final-notice': 'Lettera di messa in mora',
      statement: 'Estratto conto',
      'interest-statement': 'Richiesta di interessi di mora',
      'payment-plan': 'Piano di rientro',
      'settlement-offer': 'Proposta transattiva',
      'settlement-confirmation': 'Conferma di transazione',
      'discount-offer': 'Offerta di sconto per pronta cassa',
    },
    sending: {
      ordinary: '',
      'raccomandata-pec': 'Raccomandata A/R o PEC',
      'recommande-ar': 'Raccomandata A/R',
      'recomandata-ar': 'Raccomandata A/R',
      einschreiben: 'Raccomandata A/R',
      'registered-post': 'Raccomandata',
      'recorded-delivery': 'Raccomandata con ricevuta di consegna',
    },
    lawReason: {
      'seller-country':
        'in assenza di una diversa scelta, si applica la legge del paese del fornitore (Regolamento Roma I, art. 4)',
      'consumer-country': 'si applica la legge del paese del consumatore (Regolamento Roma I, art. 6)',
      contract: 'si applica la legge scelta nel contratto',
    },
    col: {
      invoice: 'Fattura',
      issued: 'Data',
      due: 'Scadenza',
      amount: 'Importo',
      paid: 'Pagato',
      credited: 'Note di credito',
      discount: 'Sconto',
      writtenOff: 'Stralciato',
      contested: 'Contestato',
      open: 'Residuo',
      daysLate: 'Giorni di ritardo',
      from: 'Dal',
      to: 'Al',
      days: 'Giorni',
      principal: 'Capitale',
      rate: 'Tasso',
      interest: 'Interessi',
      instalment: 'Rata',
      period: 'Giorni di ritardo',
    },
    total: {
      open: 'Fatture aperte',
      interest: 'Interessi di mora',
      compensation: 'Indennizzo forfettario per le spese di recupero',
      fees: 'Spese',
      reminderFee: 'Spese di sollecito',
      due: 'Totale dovuto',
      discount: 'Sconto',
      discounted: 'Importo da pagare con lo sconto',
      settlement: 'Importo transattivo',
      schedule: 'Totale delle rate',
    },
    planTerms: {
      principal: 'Importo riconosciuto',
      principalOn: 'Importo riconosciuto il {date}',
      interest: 'Interessi al {rate} annuo sul residuo da pagare',
      fee: 'Spese di istruttoria del piano',
      total: 'Totale da pagare a rate',
      paid: 'Pagato dal {date}',
      remaining: 'Ancora da pagare secondo il piano',
    },
    payment: {
      title: 'Coordinate per il pagamento',
      beneficiary: 'Beneficiario',
      reference: 'Causale',
      qr: 'Inquadri con l’app della banca',
    },
    page: 'Pagina {n} di {total}',
    creditor: 'Creditore',
    debtor: 'Debitore',
    signDate: 'Data',
    signature: 'Firma',
    taxId: 'P. IVA',
    taxIdAbroad: { home: 'IT', label: 'Identificativo IVA' },
    tracking: 'Numero di spedizione',
    interestOnlySubject: 'Interessi di mora: totale da pagare {total_due}',
    contested: 'Fattura {invoice}: {amount} sono contestati e non sono richiesti con questa lettera.',
    foreignProcedure: 'procedimento «{name}»',
    invoiceCount: {
      one: [
        [
          'Proposta transattiva per le fatture {invoice_numbers}',
          'Proposta transattiva per la fattura {invoice_numbers}',
        ],
        [
          'Conferma di transazione: fatture {invoice_numbers}',
          'Conferma di transazione: fattura {invoice_numbers}',
        ],
        [
          'Sconto del {discount_percent} sulle fatture {invoice_numbers}',
          'Sconto del {discount_percent} sulla fattura {invoice_numbers}',
        ],
        [
          'risultano ancora da saldare le seguenti fatture:',
          'risulta ancora da saldare la seguente fattura:',
        ],
        [
          'per le fatture sotto indicate, che risultano ancora non pagate:',
          'per la fattura sotto indicata, che risulta ancora non pagata:',
        ],
        [
          'le seguenti fatture risultano ancora non pagate:',
          'la seguente fattura risulta ancora non pagata:',
        ],
        [
          'le seguenti fatture sono state pagate in ritardo o risultano ancora da pagare:',
          'la seguente fattura è stata pagata in ritardo o risulta ancora da pagare:',
        ],
        ['per le seguenti fatture:', 'per la seguente fattura:'],
        [
          'le seguenti fatture risultano non pagate, per un totale di',
          'la seguente fattura risulta non pagata, per un totale di',
        ],
        ['a saldo e stralcio delle seguenti fatture:', 'a saldo e stralcio della seguente fattura:'],
        ['per le seguenti fatture siamo lieti', 'per la seguente fattura siamo lieti'],
      ],
      many: [
        ['Fattura {invoice_numbers}: l’ha ricevuta?', 'Fatture {invoice_numbers}: le ha ricevute?'],
        [
          'Promemoria: la fattura {invoice_numbers} è in scadenza',
          'Promemoria: le fatture {invoice_numbers} sono in scadenza',
        ],
        [
          'che la seguente fattura Le sia pervenuta e che sia tutto in ordine:',
          'che le seguenti fatture Le siano pervenute e che sia tutto in ordine:',
        ],
        ['che la seguente fattura è in scadenza:', 'che le seguenti fatture sono in scadenza:'],
      ],
    },
    salutation: { business: 'Spettabile {customer.name},', consumer: 'Gentile {customer.name},' },
    reference: 'Fatture {numbers}',
    referenceOne: 'Fattura {numbers}',
    referenceMore: ' e altre {count}',
    referenceList: 'Fatture a cui si riferisce il pagamento: {numbers}.',
    paidOn: 'pagata il {date}',
    compensationInLei:
      'Oltre alla somma sopra indicata, è dovuto l’indennizzo forfettario per le spese di recupero di {amount} ({law}), pagabile in lei al cambio della Banca Nazionale di Romania (BNR) del giorno del pagamento.',
    interestUnknown:
      'Gli interessi di mora per i periodi per i quali non disponiamo ancora del tasso di riferimento non sono compresi negli importi sopra indicati; ci riserviamo di richiederli.',
    roundingNote:
      'Ogni periodo è mostrato arrotondato; il totale è la somma esatta dei periodi, arrotondata una sola volta al centesimo.',
    ratePlus: '{reference} + {margin} p.p.',
    contractRate: 'tasso contrattuale',
    protocol: [
      'La presente è inviata ai sensi del Pre-Action Protocol for Debt Claims. Alleghiamo la scheda informativa e il modulo di risposta: La preghiamo di compilare il modulo e di rispedircelo entro 30 giorni dalla data della presente.',
      'Se contesta il debito o ha bisogno di più tempo o di informazioni, lo indichi nel modulo di risposta. Può ottenere consulenza gratuita e indipendente, ad esempio da Citizens Advice o National Debtline.',
      'In mancanza di risposta entro 30 giorni, potremo avviare un’azione giudiziaria senza ulteriore avviso.',
    ],
  },
  templates: {
    'receipt-check': {
      subject: 'Fattura {invoice_numbers}: l’ha ricevuta?',
      body: `Gentile {customer.name},

desideriamo accertarci che la seguente fattura Le sia pervenuta e che sia tutto in ordine:

{invoices}

Se qualcosa manca o non è chiaro, ce lo segnali e provvederemo subito. Diversamente, La ringraziamo fin d’ora per il pagamento entro la scadenza.

{payment}

Cordiali saluti,

{signature}`,
    },
    'courtesy-reminder': {
      subject: 'Promemoria: la fattura {invoice_numbers} è in scadenza',
      body: `Gentile {customer.name},

Le ricordiamo cortesemente che la seguente fattura è in scadenza:

{invoices}

Se ha già disposto il pagamento, La ringraziamo e La preghiamo di non tenere conto di questo promemoria.

{payment}

Cordiali saluti,

{signature}`,
    },
    'reminder-1': {
      subject: 'Sollecito di pagamento: {total_due} scaduti',
      body: `Gentile {customer.name},

dai nostri registri risultano ancora da saldare le seguenti fatture:

{invoices}

Potrebbe trattarsi di una semplice dimenticanza. Le saremmo grati se volesse pagare {total_due} entro il {deadline}.

Se ha già effettuato il pagamento, La preghiamo di non tenere conto della presente e La ringraziamo. Se una fattura presenta un problema, ci contatti e lo risolveremo insieme.

{payment}

Cordiali saluti,

{signature}`,
    },
    'reminder-2': {
      subject: 'Secondo sollecito: {total_due} scaduti',
      body: `Gentile {customer.name},

Le abbiamo scritto di recente per le fatture sotto indicate, che risultano ancora non pagate:

{invoices}

{totals}

La preghiamo di pagare {total_due} entro il {deadline}. Se non può pagare per intero, ci contatti prima di tale data e cercheremo insieme una soluzione.

Se nel frattempo ha già pagato, non tenga conto del presente sollecito.

{payment}

Cordiali saluti,

{signature}`,
    },
    'final-notice': {
      subject: 'Messa in mora: {total_due}',
      body: `Spettabile {customer.name},

nonostante i nostri precedenti solleciti, le seguenti fatture risultano ancora non pagate:

{invoices}

{totals}

Con la presente La costituiamo formalmente in mora ({legal_basis}) e La invitiamo a pagare {total_due} entro il {deadline} ({deadline_days} giorni dal ricevimento).

In mancanza del pagamento entro tale termine, dovremo valutare le azioni per il recupero del credito, come il {next_step}, senza ulteriore avviso. Preferiamo comunque risolvere la questione direttamente: se desidera discutere l’importo o un piano di rientro, ci contatti prima della scadenza.

{protocol}

Se nel frattempo ha già pagato, non tenga conto della presente.

{payment}

Distinti saluti,

{signature}`,
    },
    statement: {
      subject: 'Estratto conto al {date}',
      body: `Gentile {customer.name},

Le inviamo il Suo estratto conto al {date}.

{invoices}

{aging}

Se i Suoi dati non coincidono con i nostri, ce lo segnali e provvederemo alla riconciliazione. Se ha già pagato, non tenga conto degli importi saldati nel frattempo.

{payment}

Cordiali saluti,

{signature}`,
    },
    'interest-statement': {
      subject: 'Interessi di mora e indennizzo forfettario: totale da pagare {total_due}',
      body: `Gentile {customer.name},

le seguenti fatture sono state pagate in ritardo o risultano ancora da pagare:

{invoices}

In base alla normativa applicabile ({law}), gli interessi di mora decorrono dal giorno successivo alla scadenza fino al pagamento; {law_reason}. Il calcolo è il seguente:

{interest_table}

{totals}

La invitiamo a pagare {total_due} entro il {deadline}.

{payment}

Cordiali saluti,

{signature}`,
    },
    'payment-plan': {
      subject: 'Piano di rientro: {plan_total} in {instalment_count} rate',
      body: `Tra {company.name} (creditore) e {customer.name} (debitore).

Il debitore riconosce di dovere {total_due} per le seguenti fatture:

{invoices}

Le parti concordano che il debitore pagherà {plan_total} nelle seguenti rate:

{schedule}

Ogni rata è pagata con bonifico entro la sua scadenza, indicando la causale sotto riportata. Il debitore può pagare di più o in anticipo in qualsiasi momento.

Se una rata è in ritardo di oltre 14 giorni, il creditore può inviare un avviso scritto; se la rata resta non pagata 14 giorni dopo l’avviso, l’intero residuo diventa subito esigibile (decadenza dal beneficio del termine). Finché il piano è rispettato, il creditore non intraprende altre azioni di recupero per queste fatture.

{payment}

La preghiamo di firmare entrambe le copie e di restituircene una.

{signatures}`,
    },
    'settlement-offer': {
      subject: 'Proposta transattiva per le fatture {invoice_numbers}',
      body: `Gentile {customer.name},

le seguenti fatture risultano non pagate, per un totale di {total_due}:

{invoices}

Per chiudere la questione, siamo disposti ad accettare {settlement_amount} a saldo e stralcio, a condizione che l’importo sia accreditato sul nostro conto entro il {settlement_deadline}.

La proposta è fatta senza pregiudizio dei nostri diritti. Se l’importo non è ricevuto per intero entro tale data, la proposta decade e resta dovuto l’intero credito di {total_due}.

{payment}

Cordiali saluti,

{signature}`,
    },
    'settlement-confirmation': {
      subject: 'Conferma di transazione: fatture {invoice_numbers}',
      body: `Gentile {customer.name},

confermiamo di aver ricevuto {settlement_amount} a saldo e stralcio delle seguenti fatture:

{invoices}

Con questo pagamento le fatture sono saldate e non abbiamo ulteriori pretese al riguardo.

La ringraziamo per aver definito la questione.

Cordiali saluti,

{signature}`,
    },
    'discount-offer': {
      subject: 'Sconto del {discount_percent} sulle fatture {invoice_numbers}',
      body: `Gentile {customer.name},

per le seguenti fatture siamo lieti di offrirLe uno sconto per pronta cassa del {discount_percent}:

{invoices}

Se {discounted_total} sarà accreditato sul nostro conto entro il {discount_deadline}, le fatture saranno saldate per intero (con un risparmio di {discount_amount}). Dopo tale data è dovuto l’intero importo alle condizioni originarie.

{payment}

Cordiali saluti,

{signature}`,
    },
  },
};
