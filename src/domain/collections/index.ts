// The collections workflow's rules (issue #10): dunning policy, queue, cadence guard, promises,
// disputes, payment plans, settlement offers, credit hold, escalation. Pure: codes and data only.
export * from './types';
export * from './reasons';
export * from './policy';
export * from './cadence-guard';
export * from './disputes';
export * from './promises';
export * from './plans';
export * from './dunning';
export * from './settlement';
export * from './hold';
export * from './escalation';
export * from './score';
export * from './write-offs';
export * from './queue';
