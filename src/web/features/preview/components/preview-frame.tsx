import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn.js';
import { addFeatureStrings } from '../../../i18n/feature-strings.js';
import { previewStrings } from '../strings.js';
import { useFitScale } from '../lib/use-fit-scale.js';
import { useViewport } from '../lib/use-viewport.js';
import { ResizeHandle } from './resize-handle.js';
import { ViewportToolbar } from './viewport-toolbar.js';

addFeatureStrings('preview', previewStrings);

// The resize handle's width (Tailwind w-4) beside the frame.
const HANDLE_WIDTH = 16;

interface PreviewFrameProps {
  /** The running platform, on an origin of its own (the factory's CSP allows framing it). */
  url: string;
  /** Names the frame for screen readers; defaults to a generic "live preview". */
  title?: string;
  /**
   * Changes when what is served changes (a new deployment behind the same URL): the frame reloads and
   * keeps the chosen size.
   */
  revision?: string;
}

/**
 * The running platform in an iframe at the chosen CSS size. The iframe is always exactly that wide; zoom to
 * fit scales the box around it instead, so the page inside still lays out for the chosen device.
 */
export function PreviewFrame({ url, title, revision }: PreviewFrameProps) {
  const { t, i18n } = useTranslation();
  const { viewport, choosePreset, rotate, resizeWidth } = useViewport();
  const [fitToView, setFitToView] = useState(false);
  // Changing the key remounts the iframe: the only reload that works across origins.
  const [reloads, setReloads] = useState(0);
  const stage = useRef<HTMLDivElement>(null);
  const fitScale = useFitScale(stage, viewport.width + HANDLE_WIDTH, viewport.height);
  const scale = fitToView ? fitScale : 1;
  const origin = i18n.dir() === 'rtl' ? 'top right' : 'top left';

  return (
    <div className="flex h-full min-h-0 flex-col gap-3">
      <ViewportToolbar
        viewport={viewport}
        fitToView={fitToView}
        scale={scale}
        url={url}
        onChoosePreset={choosePreset}
        onRotate={rotate}
        onToggleFit={() => setFitToView((on) => !on)}
        onReload={() => setReloads((count) => count + 1)}
      />
      <div
        ref={stage}
        className={cn(
          'min-h-[28rem] flex-1 overflow-auto rounded-lg border bg-muted/40 p-3',
          // Fitting needs a box of its own size to fit into: the rest of the screen below the toolbar.
          fitToView && 'h-[calc(100dvh-19rem)]',
        )}
        data-testid="preview-stage"
      >
        <div
          className="mx-auto flex"
          style={{ width: (viewport.width + HANDLE_WIDTH) * scale, height: viewport.height * scale }}
        >
          <div
            className="flex shrink-0"
            style={{ transform: `scale(${scale})`, transformOrigin: origin, height: viewport.height }}
          >
            <iframe
              key={`${revision ?? ''}:${reloads}`}
              src={url}
              title={title ?? t('preview.frameTitle')}
              // A ring, not a border: a border would make the page inside narrower than the chosen width.
              className="shrink-0 rounded-md bg-white shadow-sm ring-1 ring-border"
              style={{ width: viewport.width, height: viewport.height }}
              width={viewport.width}
              height={viewport.height}
              // The platform is a separate app on its own origin: it may run scripts, forms and popups
              // (its own login), but never navigate the factory.
              sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-modals allow-downloads"
            />
            <ResizeHandle width={viewport.width} scale={scale} onResize={resizeWidth} />
          </div>
        </div>
      </div>
    </div>
  );
}
