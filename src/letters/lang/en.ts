// English letters: polite, firm, factual; no threats (issue #11, rules §5–§6).
import type { LetterLanguage } from './types';

export const en: LetterLanguage = {
  words: {
    kind: {
      'receipt-check': 'Did you receive our invoice?',
      'courtesy-reminder': 'Courtesy reminder',
      'reminder-1': 'Payment reminder',
      'reminder-2': 'Second reminder',
      'final-notice': 'Final notice before legal action',
      statement: 'Statement of account',
      'interest-statement': 'Claim for late-payment interest',
      'payment-plan': 'Payment plan agreement',
      'settlement-offer': 'Settlement offer',
      'settlement-confirmation': 'Settlement confirmation',
      'discount-offer': 'Early-payment discount offer',
    },
    sending: {
      ordinary: '',
      'raccomandata-pec': 'By registered post with proof of delivery or certified e-mail (PEC)',
      'recommande-ar': 'By registered letter with proof of delivery',
      'recomandata-ar': 'By registered letter with proof of delivery',
      einschreiben: 'By registered post with proof of delivery',
      'registered-post': 'By registered post',
      'recorded-delivery': 'By recorded delivery',
    },
    lawReason: {
      'seller-country':
        'no other law was agreed, so the law of the supplier’s country applies (Rome I Regulation, art. 4)',
      'consumer-country': 'the law of the consumer’s country applies (Rome I Regulation, art. 6)',
      contract: 'the law agreed in our contract applies',
    },
    col: {
      invoice: 'Invoice',
      issued: 'Date',
      due: 'Due',
      amount: 'Amount',
      paid: 'Paid',
      credited: 'Credit notes',
      discount: 'Discount',
      writtenOff: 'Written off',
      contested: 'Disputed',
      open: 'Open',
      daysLate: 'Days late',
      from: 'From',
      to: 'To',
      days: 'Days',
      principal: 'Principal',
      rate: 'Rate',
      interest: 'Interest',
      instalment: 'Instalment',
      period: 'Days past due',
    },
    total: {
      open: 'Open invoices',
      interest: 'Late-payment interest',
      compensation: 'Fixed compensation for recovery costs',
      fees: 'Fees',
      reminderFee: 'Reminder fee',
      due: 'Total due',
      discount: 'Discount',
      discounted: 'Amount to pay with the discount',
      settlement: 'Settlement amount',
      schedule: 'Total of the instalments',
    },
    planTerms: {
      principal: 'Amount acknowledged',
      principalOn: 'Amount acknowledged on {date}',
      interest: 'Interest at {rate} a year on the balance still owed',
      fee: 'Plan set-up fee',
      total: 'Total payable in instalments',
      paid: 'Paid since {date}',
      remaining: 'Still to pay under the plan',
    },
    payment: {
      title: 'Payment details',
      beneficiary: 'Beneficiary',
      reference: 'Reference',
      qr: 'Scan with your banking app',
    },
    page: 'Page {n} of {total}',
    creditor: 'Creditor',
    debtor: 'Debtor',
    signDate: 'Date',
    signature: 'Signature',
    taxId: 'VAT',
    tracking: 'Tracking number',
    interestOnlySubject: 'Late-payment interest: total to pay {total_due}',
    contested: 'Invoice {invoice}: {amount} is under dispute and is not asked for in this letter.',
    foreignProcedure: 'the procedure “{name}”',
    invoiceCount: {
      one: [
        ['Settlement offer for invoices {invoice_numbers}', 'Settlement offer for invoice {invoice_numbers}'],
        [
          'Confirmation of settlement: invoices {invoice_numbers}',
          'Confirmation of settlement: invoice {invoice_numbers}',
        ],
        [
          'Save {discount_percent} on invoices {invoice_numbers}',
          'Save {discount_percent} on invoice {invoice_numbers}',
        ],
        ['the following invoices have not yet been paid:', 'the following invoice has not yet been paid:'],
        [
          'about the invoices below, and we have not yet received payment:',
          'about the invoice below, and we have not yet received payment:',
        ],
        [
          'the following invoices remain unpaid, for a total of',
          'the following invoice remains unpaid, for a total of',
        ],
        ['the following invoices remain unpaid:', 'the following invoice remains unpaid:'],
        [
          'the following invoices were paid late or are still unpaid:',
          'the following invoice was paid late or is still unpaid:',
        ],
        ['for the following invoices:', 'for the following invoice:'],
        [
          'in full and final settlement of the following invoices:',
          'in full and final settlement of the following invoice:',
        ],
        ['for the following invoices we are pleased', 'for the following invoice we are pleased'],
      ],
      many: [
        ['Invoice {invoice_numbers}: did it reach you?', 'Invoices {invoice_numbers}: did they reach you?'],
        [
          'Friendly note: invoice {invoice_numbers} falls due soon',
          'Friendly note: invoices {invoice_numbers} fall due soon',
        ],
        [
          'that the following invoice has reached you and that everything in it is in order:',
          'that the following invoices have reached you and that everything in them is in order:',
        ],
        ['that the following invoice falls due shortly:', 'that the following invoices fall due shortly:'],
      ],
    },
    reference: 'Invoices {numbers}',
    referenceOne: 'Invoice {numbers}',
    referenceMore: ' and {count} more',
    referenceList: 'Invoices this payment is for: {numbers}.',
    paidOn: 'paid {date}',
    compensationInLei:
      'In addition to the sum above, fixed compensation for recovery costs of {amount} is owed ({law}), payable in lei at the exchange rate of the National Bank of Romania (BNR) on the day of payment.',
    interestUnknown:
      'Late-payment interest for periods whose reference rate we do not yet have is not included in the amounts above; we reserve the right to claim it.',
    roundingNote:
      'Each period is shown rounded; the total is the exact sum of the periods, rounded once to the cent.',
    ratePlus: '{reference} + {margin} pp',
    contractRate: 'contract rate',
    protocol: [
      'This letter is sent under the Pre-Action Protocol for Debt Claims. Enclosed are an Information Sheet and a Reply Form. Please read them, fill in the Reply Form and send it back to us within 30 days of the date of this letter.',
      'If you dispute the debt, or need more time or information, say so on the Reply Form. You can get free, independent debt advice, for example from Citizens Advice, National Debtline or StepChange.',
      'If we do not receive a reply within 30 days, we may start court proceedings without further notice.',
    ],
  },
  templates: {
    'receipt-check': {
      subject: 'Invoice {invoice_numbers}: did it reach you?',
      body: `Dear {customer.name},

we would like to make sure that the following invoice has reached you and that everything in it is in order:

{invoices}

If anything is missing or unclear, please let us know and we will sort it out straight away. Otherwise, we would be grateful for payment by the due date.

{payment}

Kind regards,

{signature}`,
    },
    'courtesy-reminder': {
      subject: 'Friendly note: invoice {invoice_numbers} falls due soon',
      body: `Dear {customer.name},

just a friendly note that the following invoice falls due shortly:

{invoices}

If you have already arranged payment, thank you, and please disregard this note.

{payment}

Kind regards,

{signature}`,
    },
    'reminder-1': {
      subject: 'Payment reminder: {total_due} overdue',
      body: `Dear {customer.name},

according to our records, the following invoices have not yet been paid:

{invoices}

This may simply have been overlooked. We would be grateful if you could pay {total_due} by {deadline}.

If you have already made the payment, please disregard this letter and accept our thanks. If there is a problem with any invoice, please contact us so that we can resolve it.

{payment}

Kind regards,

{signature}`,
    },
    'reminder-2': {
      subject: 'Second reminder: {total_due} overdue',
      body: `Dear {customer.name},

we wrote to you recently about the invoices below, and we have not yet received payment:

{invoices}

{totals}

Please pay {total_due} by {deadline}. If you are unable to pay in full, contact us before that date and we will look for a solution together.

If you have paid in the meantime, please disregard this reminder.

{payment}

Kind regards,

{signature}`,
    },
    'final-notice': {
      subject: 'Final notice before legal action: {total_due}',
      body: `Dear {customer.name},

despite our earlier reminders, the following invoices remain unpaid:

{invoices}

{totals}

We hereby formally demand payment of {total_due} by {deadline} ({deadline_days} days).

If payment is not received by that date, we will have to consider further steps to recover the debt, such as {next_step}, without further notice. We would much prefer to settle this with you directly: if you wish to discuss the amount or a payment plan, please contact us before the deadline.

{protocol}

If you have paid in the meantime, please disregard this letter.

{payment}

Yours sincerely,

{signature}`,
    },
    statement: {
      subject: 'Statement of account at {date}',
      body: `Dear {customer.name},

please find below your statement of account at {date}.

{invoices}

{aging}

If your records differ from ours, please let us know so that we can reconcile them. If you have already paid, please disregard any amounts settled since.

{payment}

Kind regards,

{signature}`,
    },
    'interest-statement': {
      subject: 'Late-payment interest and compensation: total to pay {total_due}',
      body: `Dear {customer.name},

the following invoices were paid late or are still unpaid:

{invoices}

Under {law}, late-payment interest is owed from the day after the due date until payment; {law_reason}. The calculation is as follows:

{interest_table}

{totals}

We ask you to pay {total_due} by {deadline}.

{payment}

Kind regards,

{signature}`,
    },
    'payment-plan': {
      subject: 'Payment plan agreement: {plan_total} in {instalment_count} instalments',
      body: `Between {company.name} (creditor) and {customer.name} (debtor).

The debtor acknowledges owing {total_due} for the following invoices:

{invoices}

The parties agree that the debtor will pay {plan_total} in the following instalments:

{schedule}

Each instalment is paid by bank transfer by its due date, quoting the reference below. The debtor may pay more or earlier at any time.

If an instalment is more than 14 days late, the creditor may give written notice, and if it remains unpaid 14 days after that notice, the whole balance still owed becomes due at once (acceleration clause). While the plan is kept, the creditor will take no other recovery steps for these invoices.

{payment}

Please sign both copies and return one to us.

{signatures}`,
    },
    'settlement-offer': {
      subject: 'Settlement offer for invoices {invoice_numbers}',
      body: `Dear {customer.name},

the following invoices remain unpaid, for a total of {total_due}:

{invoices}

To close this matter, we offer to accept {settlement_amount} in full and final settlement, provided that it reaches our account by {settlement_deadline}.

This offer is made without prejudice to our rights. If the amount is not received in full by that date, the offer lapses and the full debt of {total_due} remains due.

{payment}

Kind regards,

{signature}`,
    },
    'settlement-confirmation': {
      subject: 'Confirmation of settlement: invoices {invoice_numbers}',
      body: `Dear {customer.name},

we confirm receipt of {settlement_amount} in full and final settlement of the following invoices:

{invoices}

With this payment, these invoices are settled and we have no further claim concerning them.

Thank you for resolving this matter.

Kind regards,

{signature}`,
    },
    'discount-offer': {
      subject: 'Save {discount_percent} on invoices {invoice_numbers}',
      body: `Dear {customer.name},

for the following invoices we are pleased to offer you an early-payment discount of {discount_percent}:

{invoices}

If {discounted_total} reaches our account by {discount_deadline}, the invoices will be settled in full (a saving of {discount_amount}). After that date, the full amount is due on the original terms.

{payment}

Kind regards,

{signature}`,
    },
  },
};
