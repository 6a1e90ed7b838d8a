export * from './accounts';
export * from './audit';
export * from './places';
export * from './rate-limits';
export * from './tickets';
