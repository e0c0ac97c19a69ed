export * from './common.ts';
export * from './tag.ts';
export * from './source.ts';
export * from './claim.ts';
export * from './article.ts';
export * from './correction.ts';
