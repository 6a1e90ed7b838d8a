export * from './accounts';
export * from './audit';
export * from './places';
export * from './tickets';
