// Unit tests run in a non-UTC zone on purpose: plain-date code must not depend on the machine's zone.
process.env.TZ = 'America/St_Johns';
