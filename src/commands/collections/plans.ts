// Payment plans: the chosen balance of a customer split into instalments (see domain/collections/
// plans.ts), stored active and logged; cancelled when the customer no longer keeps to it.
import { planSchedule } from '../../domain/collections/plans';
import { isIsoDate } from '../../domain/dates';
import type { PaymentPlan } from '../../domain/types';
import { msg, refused } from '../message';
import type { CommandResult, Ctx, Snapshot } from '../types';
import { caseNote, customerWithInvoices, ledgerOf, openOn, settlingInvoices, typedAmount } from './shared';

export interface PlanInput {
  customerId: string;
  invoiceIds: string[];
  /** The balance to split as typed; empty = the open balance of the invoices today. */
  principal?: string;
  count?: number;
  /** An amount per instalment as typed, instead of a count. */
  amount?: string;
  frequency: 'weekly' | 'monthly';
  firstDate: string;
  interestPercent?: number;
  fee?: string;
  accelerateAfter?: number;
}

export function createPlan(snapshot: Snapshot, input: PlanInput, ctx: Ctx): CommandResult {
  const label = msg('collections.undo.plan');
  const found = customerWithInvoices(snapshot, input.customerId, input.invoiceIds);
  if (typeof found === 'string') return refused(label, found);
  const { customer, invoices } = found;
  // An invoice already in a plan being kept or proposed would be asked for twice; nor is one in a
  // settlement offer still open: the customer's answer comes first.
  const { planned, offered } = settlingInvoices(snapshot, ctx.today);
  if (invoices.some((i) => planned.has(i.id))) return refused(label, 'collections.error.alreadyInPlan');
  if (invoices.some((i) => offered.has(i.id))) return refused(label, 'collections.error.alreadyOffered');
  if (!isIsoDate(input.firstDate) || input.firstDate < ctx.today)
    return refused(label, 'collections.error.firstDate');
  const currency = invoices[0]!.currency;
  const open = [...openOn(invoices, ledgerOf(snapshot), ctx.today).values()].reduce((s, v) => s + v, 0);
  const principal = input.principal?.trim() ? typedAmount(input.principal, currency) : open;
  if (principal === null || principal <= 0 || principal > open)
    return refused(label, 'collections.error.amount');
  const perInstalment = input.amount?.trim() ? typedAmount(input.amount, currency) : undefined;
  if (perInstalment === null) return refused(label, 'collections.error.amount');
  const fee = input.fee?.trim() ? typedAmount(input.fee, currency) : undefined;
  if (fee === null) return refused(label, 'collections.error.amount');
  const rate = input.interestPercent;
  if (rate !== undefined && !(rate >= 0 && rate <= 100)) return refused(label, 'collections.error.percent');
  const { instalments, errors } = planSchedule({
    principal,
    ...(perInstalment !== undefined ? { amount: perInstalment } : { count: input.count ?? 0 }),
    frequency: input.frequency,
    firstDate: input.firstDate,
    ...(input.interestPercent ? { interestPercent: input.interestPercent } : {}),
    ...(fee ? { fee } : {}),
  });
  if (errors[0])
    return refused(
      label,
      errors[0].code === 'collections.plan.bad-count'
        ? 'collections.error.count'
        : 'collections.error.amount',
    );
  const plan: PaymentPlan = {
    id: ctx.newId('plan'),
    customerId: customer.id,
    invoiceIds: invoices.map((i) => i.id),
    currency,
    createdOn: ctx.today,
    instalments,
    status: 'active',
    frequency: input.frequency,
    principal,
  };
  if (input.interestPercent) plan.interestPercent = input.interestPercent;
  if (fee) plan.fee = fee;
  if (input.accelerateAfter) plan.accelerateAfter = input.accelerateAfter;
  const note = {
    ...caseNote(ctx, customer.id, plan.invoiceIds, ctx.today, 'plan-agreed'),
    planId: plan.id,
  };
  return { change: { plans: { put: [plan] }, activities: { put: [note] } }, errors: [], label };
}

export function setPlanStatus(
  snapshot: Snapshot,
  input: { planId: string; status: PaymentPlan['status'] },
  ctx: Ctx,
): CommandResult {
  const label = msg('collections.undo.planStatus');
  const plan = snapshot.get('plans', input.planId);
  if (!plan) return refused(label, 'collections.error.noPlan');
  const change = { plans: { put: [{ ...plan, status: input.status }] } };
  // The log says when a proposed plan was agreed, and when a plan was cancelled or withdrawn.
  const event =
    input.status === 'active' && plan.status === 'proposed'
      ? 'plan-agreed'
      : input.status === 'cancelled' && plan.status !== 'cancelled'
        ? 'plan-cancelled'
        : null;
  if (!event) return { change, errors: [], label };
  const note = { ...caseNote(ctx, plan.customerId, plan.invoiceIds, ctx.today, event), planId: plan.id };
  return { change: { ...change, activities: { put: [note] } }, errors: [], label };
}
