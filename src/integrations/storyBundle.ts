import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * The embeds' own modules: their pages' scripts, src/client/embed*.ts and what only they import
 * (src/lib/embed: their options, the Pym.js messages), which a story's reader never runs.
 */
const embedOnly = /[\\/](pages[\\/]embed|client[\\/]embed|lib[\\/]embed[\\/])/;

/**
 * The story's script as one file: its entry and every module it shares with the embeds' scripts in
 * one chunk, which an embed loads beside its own. Split as Rolldown splits by default, a story
 * fetched its entry and only then the shared chunk the entry imports, a second request after the
 * first; and the two, each compressed alone, came to 445 bytes more brotli than the one.
 */
export function storyBundle(): AstroIntegration {
  const plugin: Plugin = {
    name: 'story-bundle',
    apply: 'build',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: { groups: [{ name: 'story', test: (id: string) => !embedOnly.test(id) }] },
            },
          },
        },
      };
    },
  };
  return {
    name: 'story-bundle',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
