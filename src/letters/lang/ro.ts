// Scrisori în limba română: politicoase, ferme, obiective; fără amenințări (issue #11, rules §5).
// Numai ș ț cu virgulă dedesubt (U+0219, U+021B), niciodată cele cu sedilă (U+015F, U+0163).
import type { LetterLanguage } from './types';

export const ro: LetterLanguage = {
  words: {
    kind: {
      'receipt-check': 'Ați primit factura noastră?',
      'courtesy-reminder': 'Memento de curtoazie',
      'reminder-1': 'Notificare de plată',
      'reminder-2': 'A doua notificare',
      'final-notice': 'Somație de plată',
      statement: 'Extras de cont',
      'interest-statement': 'Solicitare de dobândă penalizatoare',
      'payment-plan': 'Grafic de eșalonare a plății',
      'settlement-offer': 'Propunere de tranzacție',
      'settlement-confirmation': 'Confirmarea tranzacției',
      'discount-offer': 'Ofertă de scont pentru plata anticipată',
    },
    sending: {
      ordinary: '',
      'raccomandata-pec': 'Scrisoare recomandată cu confirmare de primire sau PEC',
      'recommande-ar': 'Scrisoare recomandată cu confirmare de primire',
      'recomandata-ar': 'Scrisoare recomandată cu confirmare de primire',
      einschreiben: 'Scrisoare recomandată cu confirmare de primire',
      'registered-post': 'Scrisoare recomandată',
      'recorded-delivery': 'Scrisoare recomandată',
    },
    lawReason: {
      'seller-country':
        'în lipsa altei alegeri, se aplică legea țării furnizorului (Regulamentul Roma I, art. 4)',
      'consumer-country': 'se aplică legea țării consumatorului (Regulamentul Roma I, art. 6)',
      contract: 'se aplică legea aleasă în contractul nostru',
    },
    col: {
      invoice: 'Factura',
      issued: 'Data',
      due: 'Scadența',
      amount: 'Valoare',
      paid: 'Plătit',
      credited: 'Note de credit',
      discount: 'Scont',
      writtenOff: 'Trecut pe pierderi',
      contested: 'Contestat',
      open: 'Rest de plată',
      daysLate: 'Zile de întârziere',
      from: 'De la',
      to: 'Până la',
      days: 'Zile',
      principal: 'Debit',
      rate: 'Rata',
      interest: 'Dobândă',
      instalment: 'Rata',
      period: 'Zile de întârziere',
    },
    total: {
      open: 'Facturi neachitate',
      interest: 'Dobândă penalizatoare',
      compensation: 'Daune-interese minimale pentru cheltuielile de recuperare',
      fees: 'Taxe',
      reminderFee: 'Taxă de notificare',
      due: 'Total de plată',
      discount: 'Scont',
      discounted: 'Suma de plată cu scont',
      settlement: 'Suma tranzacției',
      schedule: 'Totalul ratelor',
    },
    planTerms: {
      principal: 'Suma recunoscută',
      principalOn: 'Suma recunoscută la {date}',
      interest: 'Dobândă de {rate} pe an la soldul rămas de plată',
      fee: 'Comision pentru eșalonare',
      total: 'Total de plată în rate',
      paid: 'Plătit începând cu {date}',
      remaining: 'Rest de plată conform graficului',
    },
    payment: {
      title: 'Date pentru plată',
      beneficiary: 'Beneficiar',
      reference: 'Detalii plată',
      qr: 'Scanați cu aplicația băncii',
    },
    page: 'Pagina {n} din {total}',
    creditor: 'Creditor',
    debtor: 'Debitor',
    signDate: 'Data',
    signature: 'Semnătura',
    taxId: 'CUI',
    taxIdAbroad: { home: 'RO', label: 'Cod de TVA' },
    tracking: 'Număr de urmărire',
    interestOnlySubject: 'Dobândă penalizatoare: total de plată {total_due}',
    contested: 'Factura {invoice}: {amount} sunt contestați și nu se solicită prin această scrisoare.',
    foreignProcedure: 'procedura „{name}”',
    invoiceCount: {
      one: [
        [
          'Propunere de tranzacție pentru facturile {invoice_numbers}',
          'Propunere de tranzacție pentru factura {invoice_numbers}',
        ],
        [
          'Confirmarea tranzacției: facturile {invoice_numbers}',
          'Confirmarea tranzacției: factura {invoice_numbers}',
        ],
        [
          'Scont de {discount_percent} pentru facturile {invoice_numbers}',
          'Scont de {discount_percent} pentru factura {invoice_numbers}',
        ],
        ['următoarele facturi nu au fost încă achitate:', 'următoarea factură nu a fost încă achitată:'],
        [
          'în legătură cu facturile de mai jos, pentru care nu am primit încă plata:',
          'în legătură cu factura de mai jos, pentru care nu am primit încă plata:',
        ],
        [
          'următoarele facturi au rămas neachitate, în total',
          'următoarea factură a rămas neachitată, în total',
        ],
        ['următoarele facturi au rămas neachitate:', 'următoarea factură a rămas neachitată:'],
        [
          'următoarele facturi au fost plătite cu întârziere sau sunt încă neachitate:',
          'următoarea factură a fost plătită cu întârziere sau este încă neachitată:',
        ],
        ['pentru următoarele facturi:', 'pentru următoarea factură:'],
        ['a următoarelor facturi:', 'a următoarei facturi:'],
        ['pentru următoarele facturi vă oferim', 'pentru următoarea factură vă oferim'],
      ],
      many: [
        ['Factura {invoice_numbers}: ați primit-o?', 'Facturile {invoice_numbers}: le-ați primit?'],
        [
          'Memento: factura {invoice_numbers} ajunge la scadență',
          'Memento: facturile {invoice_numbers} ajung la scadență',
        ],
        [
          'că ați primit factura de mai jos și că totul este în ordine:',
          'că ați primit facturile de mai jos și că totul este în ordine:',
        ],
        [
          'că factura de mai jos ajunge în curând la scadență:',
          'că facturile de mai jos ajung în curând la scadență:',
        ],
      ],
    },
    reference: 'Facturile {numbers}',
    referenceOne: 'Factura {numbers}',
    referenceMore: ' și încă {count}',
    referenceList: 'Facturile la care se referă plata: {numbers}.',
    paidOn: 'plătită la {date}',
    compensationInLei:
      'În plus față de suma de mai sus, datorați daune-interese minimale pentru cheltuielile de recuperare în cuantum de {amount} ({law}), plătibile în lei la cursul BNR din ziua plății.',
    interestUnknown:
      'Dobânda penalizatoare pentru perioadele pentru care nu dispunem încă de rata de referință nu este inclusă în sumele de mai sus; ne rezervăm dreptul de a o solicita.',
    roundingNote:
      'Fiecare perioadă este afișată rotunjit; totalul este suma exactă a perioadelor, rotunjită o singură dată la ban.',
    ratePlus: '{reference} + {margin} pp',
    contractRate: 'dobândă contractuală',
    protocol: [
      'Această scrisoare este trimisă conform Pre-Action Protocol for Debt Claims. Anexăm o fișă de informare și un formular de răspuns: vă rugăm să îl completați și să ni-l trimiteți în 30 de zile de la data acestei scrisori.',
      'Dacă contestați datoria sau aveți nevoie de mai mult timp ori de informații, menționați acest lucru în formular. Puteți obține consiliere gratuită și independentă, de exemplu de la Citizens Advice sau National Debtline.',
      'Dacă nu primim un răspuns în 30 de zile, putem începe procedura judiciară fără altă notificare.',
    ],
  },
  templates: {
    'receipt-check': {
      subject: 'Factura {invoice_numbers}: ați primit-o?',
      body: `Stimate client {customer.name},

dorim să ne asigurăm că ați primit factura de mai jos și că totul este în ordine:

{invoices}

Dacă lipsește ceva sau ceva nu este clar, vă rugăm să ne anunțați și vom rezolva imediat. În caz contrar, vă mulțumim anticipat pentru plata la scadență.

{payment}

Cu stimă,

{signature}`,
    },
    'courtesy-reminder': {
      subject: 'Memento: factura {invoice_numbers} ajunge la scadență',
      body: `Stimate client {customer.name},

vă reamintim cu amabilitate că factura de mai jos ajunge în curând la scadență:

{invoices}

Dacă ați dispus deja plata, vă mulțumim și vă rugăm să nu luați în considerare acest memento.

{payment}

Cu stimă,

{signature}`,
    },
    'reminder-1': {
      subject: 'Notificare de plată: {total_due} restanți',
      body: `Stimate client {customer.name},

conform evidențelor noastre, următoarele facturi nu au fost încă achitate:

{invoices}

Este posibil să fie doar o scăpare. V-am fi recunoscători dacă ați achita {total_due} până la {deadline}.

Dacă ați efectuat deja plata, vă rugăm să nu luați în considerare această scrisoare și vă mulțumim. Dacă o factură ridică probleme, contactați-ne pentru a le rezolva împreună.

{payment}

Cu stimă,

{signature}`,
    },
    'reminder-2': {
      subject: 'A doua notificare: {total_due} restanți',
      body: `Stimate client {customer.name},

v-am scris recent în legătură cu facturile de mai jos, pentru care nu am primit încă plata:

{invoices}

{totals}

Vă rugăm să achitați {total_due} până la {deadline}. Dacă nu puteți plăti integral, contactați-ne înainte de această dată și vom găsi împreună o soluție.

Dacă ați plătit între timp, vă rugăm să nu luați în considerare această notificare.

{payment}

Cu stimă,

{signature}`,
    },
    'final-notice': {
      subject: 'Somație de plată: {total_due}',
      body: `Stimate client {customer.name},

în ciuda notificărilor noastre anterioare, următoarele facturi au rămas neachitate:

{invoices}

{totals}

Prin prezenta vă somăm ({legal_basis}) să achitați suma de {total_due} până la {deadline}, în termen de {deadline_days} zile de la primirea prezentei.

Dacă plata nu este primită în acest termen, va trebui să avem în vedere măsuri pentru recuperarea creanței, precum {next_step}, fără altă notificare. Preferăm totuși să rezolvăm situația direct cu dumneavoastră: dacă doriți să discutați suma sau un grafic de eșalonare, contactați-ne înainte de termen.

{protocol}

Dacă ați plătit între timp, vă rugăm să nu luați în considerare această scrisoare.

{payment}

Cu stimă,

{signature}`,
    },
    statement: {
      subject: 'Extras de cont la {date}',
      body: `Stimate client {customer.name},

vă transmitem mai jos extrasul de cont la {date}.

{invoices}

{aging}

Dacă evidențele dumneavoastră diferă de ale noastre, vă rugăm să ne anunțați pentru a le reconcilia. Dacă ați plătit deja, nu luați în considerare sumele achitate între timp.

{payment}

Cu stimă,

{signature}`,
    },
    'interest-statement': {
      subject: 'Dobândă penalizatoare și daune-interese minimale: total de plată {total_due}',
      body: `Stimate client {customer.name},

următoarele facturi au fost plătite cu întârziere sau sunt încă neachitate:

{invoices}

Conform legii aplicabile ({law}), dobânda penalizatoare curge din ziua următoare scadenței până la plată; {law_reason}. Calculul este următorul:

{interest_table}

{totals}

Vă rugăm să achitați {total_due} până la {deadline}.

{payment}

Cu stimă,

{signature}`,
    },
    'payment-plan': {
      subject: 'Grafic de eșalonare a plății: {plan_total} în {instalment_count} rate',
      body: `Între {company.name} (creditor) și {customer.name} (debitor).

Debitorul recunoaște că datorează {total_due} pentru următoarele facturi:

{invoices}

Părțile convin ca debitorul să achite {plan_total} în următoarele rate:

{schedule}

Fiecare rată se plătește prin transfer bancar până la scadența ei, cu referința de mai jos. Debitorul poate plăti oricând mai mult sau mai devreme.

Dacă o rată întârzie mai mult de 14 zile, creditorul poate trimite o notificare scrisă; dacă rata rămâne neachitată la 14 zile după notificare, întregul rest devine imediat exigibil (decăderea din beneficiul termenului). Cât timp graficul este respectat, creditorul nu ia alte măsuri de recuperare pentru aceste facturi.

{payment}

Vă rugăm să semnați ambele exemplare și să ne returnați unul.

{signatures}`,
    },
    'settlement-offer': {
      subject: 'Propunere de tranzacție pentru facturile {invoice_numbers}',
      body: `Stimate client {customer.name},

următoarele facturi au rămas neachitate, în total {total_due}:

{invoices}

Pentru a închide această situație, acceptăm suma de {settlement_amount} ca plată integrală și definitivă, cu condiția ca ea să intre în contul nostru până la {settlement_deadline}.

Propunerea este făcută sub rezerva tuturor drepturilor noastre. Dacă suma nu este primită integral până la această dată, propunerea își pierde valabilitatea, iar întreaga datorie de {total_due} rămâne datorată.

{payment}

Cu stimă,

{signature}`,
    },
    'settlement-confirmation': {
      subject: 'Confirmarea tranzacției: facturile {invoice_numbers}',
      body: `Stimate client {customer.name},

confirmăm primirea sumei de {settlement_amount} ca plată integrală și definitivă a următoarelor facturi:

{invoices}

Prin această plată, facturile sunt stinse și nu mai avem nicio pretenție în legătură cu ele.

Vă mulțumim că ați rezolvat această situație.

Cu stimă,

{signature}`,
    },
    'discount-offer': {
      subject: 'Scont de {discount_percent} pentru facturile {invoice_numbers}',
      body: `Stimate client {customer.name},

pentru următoarele facturi vă oferim cu plăcere un scont de {discount_percent} pentru plata anticipată:

{invoices}

Dacă suma de {discounted_total} intră în contul nostru până la {discount_deadline}, facturile vor fi stinse integral (o economie de {discount_amount}). După această dată, este datorată întreaga sumă, în condițiile inițiale.

{payment}

Cu stimă,

{signature}`,
    },
  },
};
