// Briefe auf Deutsch: höflich, bestimmt, sachlich; keine Drohungen (issue #11, rules §5).
import type { LetterLanguage } from './types';

export const de: LetterLanguage = {
  words: {
    kind: {
      'receipt-check': 'Ist unsere Rechnung angekommen?',
      'courtesy-reminder': 'Freundliche Erinnerung',
      'reminder-1': 'Zahlungserinnerung',
      'reminder-2': '2. Mahnung',
      'final-notice': 'Letzte Mahnung',
      statement: 'Kontoauszug',
      'interest-statement': 'Forderung von Verzugszinsen',
      'payment-plan': 'Ratenzahlungsvereinbarung',
      'settlement-offer': 'Vergleichsangebot',
      'settlement-confirmation': 'Bestätigung des Vergleichs',
      'discount-offer': 'Skonto-Angebot',
    },
    sending: {
      ordinary: '',
      'raccomandata-pec': 'Einschreiben mit Rückschein oder PEC',
      'recommande-ar': 'Einschreiben mit Rückschein',
      'recomandata-ar': 'Einschreiben mit Rückschein',
      einschreiben: 'Einschreiben mit Rückschein',
      'registered-post': 'Einschreiben',
      'recorded-delivery': 'Einschreiben',
    },
    lawReason: {
      'seller-country':
        'mangels anderer Rechtswahl gilt das Recht des Landes des Lieferanten (Rom-I-Verordnung, Art. 4)',
      'consumer-country': 'es gilt das Recht des Landes des Verbrauchers (Rom-I-Verordnung, Art. 6)',
      contract: 'es gilt das im Vertrag vereinbarte Recht',
    },
    col: {
      invoice: 'Rechnung',
      issued: 'Datum',
      due: 'Fällig',
      amount: 'Betrag',
      paid: 'Bezahlt',
      credited: 'Gutschriften',
      discount: 'Skonto',
      writtenOff: 'Abgeschrieben',
      contested: 'Bestritten',
      open: 'Offen',
      daysLate: 'Tage Verzug',
      from: 'Von',
      to: 'Bis',
      days: 'Tage',
      principal: 'Hauptforderung',
      rate: 'Zinssatz',
      interest: 'Zinsen',
      instalment: 'Rate',
      period: 'Tage nach Fälligkeit',
    },
    total: {
      open: 'Offene Rechnungen',
      interest: 'Verzugszinsen',
      compensation: 'Verzugspauschale',
      fees: 'Gebühren',
      reminderFee: 'Mahngebühr',
      due: 'Gesamtbetrag',
      discount: 'Skonto',
      discounted: 'Zahlbetrag mit Skonto',
      settlement: 'Vergleichsbetrag',
      schedule: 'Summe der Raten',
    },
    planTerms: {
      principal: 'Anerkannter Betrag',
      principalOn: 'Am {date} anerkannter Betrag',
      interest: 'Zinsen von {rate} jährlich auf den offenen Restbetrag',
      fee: 'Bearbeitungsgebühr',
      total: 'In Raten zu zahlender Gesamtbetrag',
      paid: 'Seit dem {date} bezahlt',
      remaining: 'Nach dem Ratenplan noch zu zahlen',
    },
    payment: {
      title: 'Zahlungsangaben',
      beneficiary: 'Empfänger',
      reference: 'Verwendungszweck',
      qr: 'Mit der Banking-App scannen',
    },
    page: 'Seite {n} von {total}',
    creditor: 'Gläubiger',
    debtor: 'Schuldner',
    signDate: 'Datum',
    signature: 'Unterschrift',
    taxId: 'USt-IdNr.',
    tracking: 'Sendungsnummer',
    interestOnlySubject: 'Verzugszinsen: insgesamt zu zahlen {total_due}',
    contested: 'Rechnung {invoice}: {amount} sind strittig und werden mit diesem Schreiben nicht gefordert.',
    foreignProcedure: 'Verfahren „{name}“',
    invoiceCount: {
      one: [
        [
          'Vergleichsangebot zu den Rechnungen {invoice_numbers}',
          'Vergleichsangebot zur Rechnung {invoice_numbers}',
        ],
        [
          'Bestätigung des Vergleichs: Rechnungen {invoice_numbers}',
          'Bestätigung des Vergleichs: Rechnung {invoice_numbers}',
        ],
        [
          '{discount_percent} Skonto auf die Rechnungen {invoice_numbers}',
          '{discount_percent} Skonto auf die Rechnung {invoice_numbers}',
        ],
        [
          'sind die folgenden Rechnungen noch nicht beglichen:',
          'ist die folgende Rechnung noch nicht beglichen:',
        ],
        [
          'wegen der folgenden Rechnungen geschrieben, deren Zahlung',
          'wegen der folgenden Rechnung geschrieben, deren Zahlung',
        ],
        ['sind die folgenden Rechnungen weiterhin offen:', 'ist die folgende Rechnung weiterhin offen:'],
        [
          'die folgenden Rechnungen wurden verspätet bezahlt oder sind noch offen:',
          'die folgende Rechnung wurde verspätet bezahlt oder ist noch offen:',
        ],
        ['für die folgenden Rechnungen zu schulden:', 'für die folgende Rechnung zu schulden:'],
        ['die folgenden Rechnungen sind mit insgesamt', 'die folgende Rechnung ist mit insgesamt'],
        ['Erledigung der folgenden Rechnungen:', 'Erledigung der folgenden Rechnung:'],
        ['für die folgenden Rechnungen bieten wir', 'für die folgende Rechnung bieten wir'],
      ],
      many: [
        [
          'Rechnung {invoice_numbers}: Ist sie bei Ihnen angekommen?',
          'Rechnungen {invoice_numbers}: Sind sie bei Ihnen angekommen?',
        ],
        [
          'Freundliche Erinnerung: Rechnung {invoice_numbers} wird bald fällig',
          'Freundliche Erinnerung: Rechnungen {invoice_numbers} werden bald fällig',
        ],
        [
          'dass Sie die folgende Rechnung erhalten haben und alles in Ordnung ist:',
          'dass Sie die folgenden Rechnungen erhalten haben und alles in Ordnung ist:',
        ],
        [
          'dass die folgende Rechnung in Kürze fällig wird:',
          'dass die folgenden Rechnungen in Kürze fällig werden:',
        ],
      ],
    },
    reference: 'Rechnungen {numbers}',
    referenceOne: 'Rechnung {numbers}',
    referenceMore: ' und {count} weitere',
    referenceList: 'Die Zahlung betrifft diese Rechnungen: {numbers}.',
    paidOn: 'bezahlt am {date}',
    compensationInLei:
      'Zusätzlich zu dem obigen Betrag schulden Sie die Verzugspauschale von {amount} ({law}), zahlbar in Lei zum Kurs der Rumänischen Nationalbank (BNR) am Tag der Zahlung.',
    interestUnknown:
      'Verzugszinsen für Zeiträume, für die uns der Referenzzinssatz noch nicht vorliegt, sind in den obigen Beträgen nicht enthalten; wir behalten uns vor, sie geltend zu machen.',
    roundingNote:
      'Jeder Zeitraum ist gerundet dargestellt; die Summe ist die genaue Summe der Zeiträume, einmal auf den Cent gerundet.',
    ratePlus: '{reference} + {margin} Prozentpunkte',
    contractRate: 'vereinbarter Zinssatz',
    protocol: [
      'Dieses Schreiben ergeht nach dem Pre-Action Protocol for Debt Claims. Beigefügt sind ein Informationsblatt und ein Antwortformular: Bitte füllen Sie es aus und senden Sie es innerhalb von 30 Tagen ab dem Datum dieses Schreibens an uns zurück.',
      'Wenn Sie die Forderung bestreiten oder mehr Zeit oder Informationen benötigen, vermerken Sie dies im Formular. Kostenlose, unabhängige Beratung erhalten Sie z. B. bei Citizens Advice oder National Debtline.',
      'Erhalten wir innerhalb von 30 Tagen keine Antwort, können wir ohne weitere Ankündigung gerichtliche Schritte einleiten.',
    ],
  },
  templates: {
    'receipt-check': {
      subject: 'Rechnung {invoice_numbers}: Ist sie bei Ihnen angekommen?',
      body: `Sehr geehrte Damen und Herren,

wir möchten sichergehen, dass Sie die folgende Rechnung erhalten haben und alles in Ordnung ist:

{invoices}

Falls etwas fehlt oder unklar ist, geben Sie uns bitte Bescheid; wir kümmern uns sofort darum. Andernfalls danken wir Ihnen im Voraus für die Zahlung bis zum Fälligkeitstag.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'courtesy-reminder': {
      subject: 'Freundliche Erinnerung: Rechnung {invoice_numbers} wird bald fällig',
      body: `Sehr geehrte Damen und Herren,

wir möchten Sie freundlich daran erinnern, dass die folgende Rechnung in Kürze fällig wird:

{invoices}

Sollten Sie die Zahlung bereits veranlasst haben, danken wir Ihnen; betrachten Sie diese Erinnerung dann bitte als gegenstandslos.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'reminder-1': {
      subject: 'Zahlungserinnerung: {total_due} überfällig',
      body: `Sehr geehrte Damen und Herren,

nach unseren Unterlagen sind die folgenden Rechnungen noch nicht beglichen:

{invoices}

Vielleicht ist dies nur übersehen worden. Wir wären Ihnen dankbar, wenn Sie {total_due} bis zum {deadline} überweisen.

Sollten Sie die Zahlung bereits geleistet haben, betrachten Sie dieses Schreiben bitte als gegenstandslos; vielen Dank. Falls es mit einer Rechnung ein Problem gibt, sprechen Sie uns bitte an, damit wir es gemeinsam klären.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'reminder-2': {
      subject: '2. Mahnung: {total_due} überfällig',
      body: `Sehr geehrte Damen und Herren,

wir haben Ihnen kürzlich wegen der folgenden Rechnungen geschrieben, deren Zahlung noch nicht bei uns eingegangen ist:

{invoices}

{totals}

Bitte zahlen Sie {total_due} bis zum {deadline}. Wenn Sie nicht den vollen Betrag zahlen können, melden Sie sich bitte vor diesem Datum, damit wir gemeinsam eine Lösung finden.

Sollten Sie inzwischen gezahlt haben, betrachten Sie diese Mahnung bitte als gegenstandslos.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'final-notice': {
      subject: 'Letzte Mahnung: {total_due}',
      body: `Sehr geehrte Damen und Herren,

trotz unserer bisherigen Mahnungen sind die folgenden Rechnungen weiterhin offen:

{invoices}

{totals}

Wir fordern Sie hiermit auf ({legal_basis}), den Betrag von {total_due} bis spätestens {deadline} ({deadline_days} Tage) zu zahlen.

Geht die Zahlung bis dahin nicht ein, müssen wir ohne weitere Ankündigung weitere Schritte zur Durchsetzung der Forderung prüfen, etwa das {next_step}. Wir möchten die Angelegenheit lieber direkt mit Ihnen klären: Wenn Sie über den Betrag oder eine Ratenzahlung sprechen möchten, melden Sie sich bitte vor Fristablauf.

{protocol}

Sollten Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    statement: {
      subject: 'Kontoauszug zum {date}',
      body: `Sehr geehrte Damen und Herren,

anbei erhalten Sie Ihren Kontoauszug zum {date}.

{invoices}

{aging}

Sollten Ihre Unterlagen von unseren abweichen, geben Sie uns bitte Bescheid, damit wir den Abgleich vornehmen. Bereits geleistete Zahlungen nach diesem Datum betrachten Sie bitte als berücksichtigt.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'interest-statement': {
      subject: 'Verzugszinsen und Verzugspauschale: insgesamt zu zahlen {total_due}',
      body: `Sehr geehrte Damen und Herren,

die folgenden Rechnungen wurden verspätet bezahlt oder sind noch offen:

{invoices}

Nach dem anwendbaren Recht ({law}) sind ab dem Tag nach Fälligkeit bis zur Zahlung Verzugszinsen geschuldet; {law_reason}. Die Berechnung lautet:

{interest_table}

{totals}

Wir bitten Sie, {total_due} bis zum {deadline} zu zahlen.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'payment-plan': {
      subject: 'Ratenzahlungsvereinbarung: {plan_total} in {instalment_count} Raten',
      body: `Zwischen {company.name} (Gläubiger) und {customer.name} (Schuldner).

Der Schuldner erkennt an, {total_due} für die folgenden Rechnungen zu schulden:

{invoices}

Die Parteien vereinbaren, dass der Schuldner {plan_total} in folgenden Raten zahlt:

{schedule}

Jede Rate wird bis zu ihrem Fälligkeitstag per Überweisung mit dem unten genannten Verwendungszweck gezahlt. Der Schuldner kann jederzeit mehr oder früher zahlen.

Ist eine Rate mehr als 14 Tage im Rückstand, kann der Gläubiger schriftlich mahnen; ist sie 14 Tage nach dieser Mahnung noch offen, wird der gesamte Restbetrag sofort fällig (Verfallklausel). Solange die Vereinbarung eingehalten wird, unternimmt der Gläubiger für diese Rechnungen keine weiteren Beitreibungsschritte.

{payment}

Bitte unterschreiben Sie beide Exemplare und senden Sie uns eines zurück.

{signatures}`,
    },
    'settlement-offer': {
      subject: 'Vergleichsangebot zu den Rechnungen {invoice_numbers}',
      body: `Sehr geehrte Damen und Herren,

die folgenden Rechnungen sind mit insgesamt {total_due} offen:

{invoices}

Um die Angelegenheit abzuschließen, sind wir bereit, {settlement_amount} zur vollständigen und endgültigen Erledigung anzunehmen, sofern der Betrag bis zum {settlement_deadline} auf unserem Konto eingeht.

Dieses Angebot erfolgt unter Vorbehalt aller unserer Rechte. Geht der Betrag bis zu diesem Datum nicht vollständig ein, erlischt das Angebot, und die gesamte Forderung von {total_due} bleibt bestehen.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
    'settlement-confirmation': {
      subject: 'Bestätigung des Vergleichs: Rechnungen {invoice_numbers}',
      body: `Sehr geehrte Damen und Herren,

wir bestätigen den Eingang von {settlement_amount} zur vollständigen und endgültigen Erledigung der folgenden Rechnungen:

{invoices}

Mit dieser Zahlung sind die Rechnungen ausgeglichen, und wir haben keine weiteren Ansprüche daraus.

Vielen Dank, dass Sie die Angelegenheit geregelt haben.

Mit freundlichen Grüßen

{signature}`,
    },
    'discount-offer': {
      subject: '{discount_percent} Skonto auf die Rechnungen {invoice_numbers}',
      body: `Sehr geehrte Damen und Herren,

für die folgenden Rechnungen bieten wir Ihnen gern {discount_percent} Skonto bei vorzeitiger Zahlung an:

{invoices}

Geht {discounted_total} bis zum {discount_deadline} auf unserem Konto ein, sind die Rechnungen vollständig beglichen (Sie sparen {discount_amount}). Danach ist der volle Betrag zu den ursprünglichen Bedingungen fällig.

{payment}

Mit freundlichen Grüßen

{signature}`,
    },
  },
};
