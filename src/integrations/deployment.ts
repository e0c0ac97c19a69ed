/**
 * Says in one line, at the end of every build, whether it is a preview (no
 * SITE_URL: noindex everywhere) or a public build, and for which address.
 */
import type { AstroIntegration } from 'astro';
import { deploymentNotice, type Deployment } from '../lib/deploy.ts';

export function deploymentNote(d: Deployment): AstroIntegration {
  return {
    name: 'avocado-deployment',
    hooks: {
      'astro:build:done': ({ logger }) => (d.preview ? logger.warn(deploymentNotice(d)) : logger.info(deploymentNotice(d))),
    },
  };
}
