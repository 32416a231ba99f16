/**
 * The generated web app's stylesheet, the same for every Blueprint. It ships as one CSS file; its
 * source is kept in parts (theme and base, shell, pages, narrow screens) joined here in that order.
 * @module
 */
import type { StaticSource } from './static-source.js';
import { baseStyles } from './stylesheet/base.js';
import { narrowScreenStyles } from './stylesheet/narrow-screens.js';
import { pageStyles } from './stylesheet/pages.js';
import { shellStyles } from './stylesheet/shell.js';

export const stylesheetSource: StaticSource[] = [
  {
    path: 'web/src/styles.css',
    body: [baseStyles, shellStyles, pageStyles, narrowScreenStyles].join(''),
  },
];
