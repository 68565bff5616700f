// Lettres en français : courtoises, fermes, factuelles ; aucune menace (issue #11, rules §5).
import type { LetterLanguage } from './types';

export const fr: LetterLanguage = {
  words: {
    kind: {
      'receipt-check': 'Avez-vous bien reçu notre facture ?',
      'courtesy-reminder': 'Rappel de courtoisie',
      'reminder-1': 'Lettre de relance',
      'reminder-2': 'Deuxième relance',
      'final-notice': 'Mise en demeure de payer',
      statement: 'Relevé de compte',
      'interest-statement': 'Réclamation des pénalités de retard',
      'payment-plan': 'Échéancier de paiement',
      'settlement-offer': 'Proposition de règlement amiable',
      'settlement-confirmation': 'Confirmation de règlement amiable',
      'discount-offer': 'Offre d’escompte pour paiement anticipé',
    },
    sending: {
      ordinary: '',
      'raccomandata-pec': 'Lettre recommandée avec AR ou PEC',
      'recommande-ar': 'Lettre recommandée avec accusé de réception',
      'recomandata-ar': 'Lettre recommandée avec accusé de réception',
      einschreiben: 'Lettre recommandée avec accusé de réception',
      'registered-post': 'Lettre recommandée',
      'recorded-delivery': 'Lettre recommandée',
    },
    lawReason: {
      'seller-country':
        'à défaut d’un autre choix, la loi du pays du fournisseur s’applique (règlement Rome I, art. 4)',
      'consumer-country': 'la loi du pays du consommateur s’applique (règlement Rome I, art. 6)',
      contract: 'la loi choisie dans notre contrat s’applique',
    },
    col: {
      invoice: 'Facture',
      issued: 'Date',
      due: 'Échéance',
      amount: 'Montant',
      paid: 'Payé',
      credited: 'Avoirs',
      discount: 'Escompte',
      writtenOff: 'Abandon de créance',
      contested: 'Contesté',
      open: 'Restant dû',
      daysLate: 'Jours de retard',
      from: 'Du',
      to: 'Au',
      days: 'Jours',
      principal: 'Principal',
      rate: 'Taux',
      interest: 'Pénalités',
      instalment: 'Échéance',
      period: 'Jours de retard',
    },
    total: {
      open: 'Factures impayées',
      interest: 'Pénalités de retard',
      compensation: 'Indemnité forfaitaire pour frais de recouvrement',
      fees: 'Frais',
      reminderFee: 'Frais de relance',
      due: 'Total dû',
      discount: 'Escompte',
      discounted: 'Montant à payer avec l’escompte',
      settlement: 'Montant du règlement',
      schedule: 'Total des échéances',
    },
    planTerms: {
      principal: 'Montant reconnu',
      principalOn: 'Montant reconnu le {date}',
      interest: 'Intérêts au taux de {rate} l’an sur le solde restant dû',
      fee: 'Frais de dossier',
      total: 'Total à payer par échéances',
      paid: 'Payé depuis le {date}',
      remaining: 'Reste à payer selon l’échéancier',
    },
    payment: {
      title: 'Coordonnées de paiement',
      beneficiary: 'Bénéficiaire',
      reference: 'Référence',
      qr: 'À scanner avec votre application bancaire',
    },
    page: 'Page {n} sur {total}',
    creditor: 'Le créancier',
    debtor: 'Le débiteur',
    signDate: 'Date',
    signature: 'Signature',
    taxId: 'N° TVA',
    tracking: 'Numéro de suivi',
    interestOnlySubject: 'Pénalités de retard : total à payer {total_due}',
    contested:
      'Facture {invoice} : {amount} font l’objet d’une contestation et ne sont pas réclamés par ce courrier.',
    foreignProcedure: 'procédure « {name} »',
    invoiceCount: {
      one: [
        [
          'Proposition de règlement amiable : factures {invoice_numbers}',
          'Proposition de règlement amiable : facture {invoice_numbers}',
        ],
        [
          'Confirmation de règlement : factures {invoice_numbers}',
          'Confirmation de règlement : facture {invoice_numbers}',
        ],
        [
          'Escompte de {discount_percent} sur les factures {invoice_numbers}',
          'Escompte de {discount_percent} sur la facture {invoice_numbers}',
        ],
        [
          'les factures suivantes restent impayées à ce jour :',
          'la facture suivante reste impayée à ce jour :',
        ],
        [
          'au sujet des factures ci-dessous, dont nous n’avons pas encore reçu le règlement :',
          'au sujet de la facture ci-dessous, dont nous n’avons pas encore reçu le règlement :',
        ],
        [
          'les factures suivantes restent impayées, pour un total de',
          'la facture suivante reste impayée, pour un total de',
        ],
        ['les factures suivantes restent impayées :', 'la facture suivante reste impayée :'],
        [
          'les factures suivantes ont été payées en retard ou restent impayées :',
          'la facture suivante a été payée en retard ou reste impayée :',
        ],
        ['au titre des factures suivantes :', 'au titre de la facture suivante :'],
        [
          'pour solde de tout compte des factures suivantes :',
          'pour solde de tout compte de la facture suivante :',
        ],
        [
          'pour les factures suivantes, nous avons le plaisir',
          'pour la facture suivante, nous avons le plaisir',
        ],
      ],
      many: [
        [
          'Facture {invoice_numbers} : l’avez-vous bien reçue ?',
          'Factures {invoice_numbers} : les avez-vous bien reçues ?',
        ],
        [
          'Rappel : la facture {invoice_numbers} arrive à échéance',
          'Rappel : les factures {invoice_numbers} arrivent à échéance',
        ],
        [
          'que la facture suivante vous est bien parvenue et qu’elle n’appelle aucune remarque :',
          'que les factures suivantes vous sont bien parvenues et qu’elles n’appellent aucune remarque :',
        ],
        [
          'que la facture suivante arrive prochainement à échéance :',
          'que les factures suivantes arrivent prochainement à échéance :',
        ],
      ],
    },
    reference: 'Factures {numbers}',
    referenceOne: 'Facture {numbers}',
    referenceMore: ' et {count} autres',
    referenceList: 'Factures concernées par ce paiement : {numbers}.',
    paidOn: 'payée le {date}',
    compensationInLei:
      'En sus de la somme ci-dessus, l’indemnité forfaitaire pour frais de recouvrement de {amount} est due ({law}), payable en lei au cours de la Banque nationale de Roumanie (BNR) du jour du paiement.',
    interestUnknown:
      'Les pénalités de retard afférentes aux périodes pour lesquelles nous ne disposons pas encore du taux de référence ne sont pas comprises dans les montants ci-dessus ; nous nous réservons le droit de les réclamer.',
    roundingNote:
      'Chaque période est affichée arrondie ; le total est la somme exacte des périodes, arrondie une seule fois au centime.',
    ratePlus: '{reference} + {margin} points',
    contractRate: 'taux contractuel',
    protocol: [
      'Cette lettre est envoyée conformément au Pre-Action Protocol for Debt Claims. Vous trouverez ci-joint une fiche d’information et un formulaire de réponse : merci de le remplir et de nous le renvoyer dans les 30 jours suivant la date de cette lettre.',
      'Si vous contestez la dette ou avez besoin de plus de temps ou d’informations, indiquez-le sur le formulaire. Vous pouvez obtenir des conseils gratuits et indépendants, par exemple auprès de Citizens Advice ou de National Debtline.',
      'Sans réponse dans les 30 jours, nous pourrons engager une procédure judiciaire sans autre avis.',
    ],
  },
  templates: {
    'receipt-check': {
      subject: 'Facture {invoice_numbers} : l’avez-vous bien reçue ?',
      body: `Madame, Monsieur,

nous souhaitons nous assurer que la facture suivante vous est bien parvenue et qu’elle n’appelle aucune remarque :

{invoices}

Si un élément manque ou n’est pas clair, merci de nous le signaler et nous y remédierons aussitôt. Dans le cas contraire, nous vous remercions par avance de votre règlement à l’échéance.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'courtesy-reminder': {
      subject: 'Rappel : la facture {invoice_numbers} arrive à échéance',
      body: `Madame, Monsieur,

nous nous permettons de vous rappeler que la facture suivante arrive prochainement à échéance :

{invoices}

Si vous avez déjà donné l’ordre de paiement, nous vous en remercions et vous prions de ne pas tenir compte de ce rappel.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'reminder-1': {
      subject: 'Relance : {total_due} échus',
      body: `Madame, Monsieur,

sauf erreur de notre part, les factures suivantes restent impayées à ce jour :

{invoices}

Il s’agit peut-être d’un simple oubli. Nous vous serions reconnaissants de bien vouloir régler {total_due} avant le {deadline}.

Si vous avez déjà effectué ce paiement, merci de ne pas tenir compte de ce courrier. Si une facture pose problème, contactez-nous afin que nous puissions la régler ensemble.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'reminder-2': {
      subject: 'Deuxième relance : {total_due} échus',
      body: `Madame, Monsieur,

nous vous avons récemment écrit au sujet des factures ci-dessous, dont nous n’avons pas encore reçu le règlement :

{invoices}

{totals}

Nous vous remercions de régler {total_due} avant le {deadline}. Si vous ne pouvez pas payer la totalité, contactez-nous avant cette date afin de trouver ensemble une solution.

Si vous avez payé entre-temps, merci de ne pas tenir compte de cette relance.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'final-notice': {
      subject: 'Mise en demeure de payer : {total_due}',
      body: `Madame, Monsieur,

malgré nos relances, les factures suivantes restent impayées :

{invoices}

{totals}

Par la présente, nous vous mettons en demeure ({legal_basis}) de nous régler la somme de {total_due} au plus tard le {deadline} ({deadline_days} jours).

À défaut de paiement dans ce délai, nous devrons envisager les suites nécessaires au recouvrement de notre créance, telles qu’une {next_step}, sans autre avis. Nous préférons toutefois trouver une solution amiable : si vous souhaitez discuter du montant ou d’un échéancier, contactez-nous avant cette date.

{protocol}

Si vous avez payé entre-temps, merci de ne pas tenir compte de ce courrier.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    statement: {
      subject: 'Relevé de compte au {date}',
      body: `Madame, Monsieur,

veuillez trouver ci-dessous votre relevé de compte au {date}.

{invoices}

{aging}

Si vos écritures diffèrent des nôtres, merci de nous le signaler afin que nous puissions les rapprocher. Si vous avez déjà payé, ne tenez pas compte des montants réglés depuis.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'interest-statement': {
      subject: 'Pénalités de retard et indemnité forfaitaire : total à payer {total_due}',
      body: `Madame, Monsieur,

les factures suivantes ont été payées en retard ou restent impayées :

{invoices}

En application de la loi applicable ({law}), des pénalités de retard sont dues du lendemain de l’échéance jusqu’au paiement ; {law_reason}. Le calcul est le suivant :

{interest_table}

{totals}

Nous vous remercions de régler {total_due} avant le {deadline}.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'payment-plan': {
      subject: 'Échéancier de paiement : {plan_total} en {instalment_count} échéances',
      body: `Entre {company.name} (le créancier) et {customer.name} (le débiteur).

Le débiteur reconnaît devoir {total_due} au titre des factures suivantes :

{invoices}

Les parties conviennent que le débiteur réglera {plan_total} selon l’échéancier suivant :

{schedule}

Chaque échéance est réglée par virement au plus tard à sa date, avec la référence indiquée ci-dessous. Le débiteur peut à tout moment payer davantage ou par anticipation.

Si une échéance a plus de 14 jours de retard, le créancier peut adresser un avis écrit ; si elle reste impayée 14 jours après cet avis, la totalité du solde restant dû devient immédiatement exigible (déchéance du terme). Tant que l’échéancier est respecté, le créancier n’engage aucune autre démarche de recouvrement pour ces factures.

{payment}

Merci de signer les deux exemplaires et de nous en retourner un.

{signatures}`,
    },
    'settlement-offer': {
      subject: 'Proposition de règlement amiable : factures {invoice_numbers}',
      body: `Madame, Monsieur,

les factures suivantes restent impayées, pour un total de {total_due} :

{invoices}

Afin de clore ce dossier, nous acceptons de recevoir {settlement_amount} pour solde de tout compte, à condition que cette somme parvienne sur notre compte au plus tard le {settlement_deadline}.

Cette proposition est faite sous réserve de tous nos droits. Si la somme n’est pas reçue en totalité à cette date, la proposition devient caduque et la totalité de la créance, soit {total_due}, reste due.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'settlement-confirmation': {
      subject: 'Confirmation de règlement : factures {invoice_numbers}',
      body: `Madame, Monsieur,

nous confirmons avoir reçu {settlement_amount} pour solde de tout compte des factures suivantes :

{invoices}

Par ce paiement, ces factures sont soldées et nous n’avons plus aucune réclamation à leur sujet.

Nous vous remercions d’avoir réglé ce dossier.

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
    'discount-offer': {
      subject: 'Escompte de {discount_percent} sur les factures {invoice_numbers}',
      body: `Madame, Monsieur,

pour les factures suivantes, nous avons le plaisir de vous proposer un escompte de {discount_percent} pour paiement anticipé :

{invoices}

Si {discounted_total} parvient sur notre compte au plus tard le {discount_deadline}, les factures seront intégralement soldées (soit une économie de {discount_amount}). Passé cette date, le montant total est dû aux conditions initiales.

{payment}

Nous vous prions d’agréer, Madame, Monsieur, nos salutations distinguées.

{signature}`,
    },
  },
};
