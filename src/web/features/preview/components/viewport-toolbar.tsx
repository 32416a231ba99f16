import { Expand, ExternalLink, Monitor, RefreshCw, RotateCw, Smartphone, Tablet } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button.js';
import type { MainPresetId } from '../lib/device-presets.js';
import type { Viewport } from '../lib/use-viewport.js';
import { PresetsMenu } from './presets-menu.js';

const MAIN_BUTTONS: { id: MainPresetId; icon: typeof Monitor }[] = [
  { id: 'desktop', icon: Monitor },
  { id: 'tablet', icon: Tablet },
  { id: 'mobile', icon: Smartphone },
];

interface ViewportToolbarProps {
  viewport: Viewport;
  fitToView: boolean;
  scale: number;
  url: string;
  onChoosePreset: (presetId: string) => void;
  onRotate: () => void;
  onToggleFit: () => void;
  onReload: () => void;
}

/** Sizes, rotation, zoom and the frame's own actions, above the preview. */
export function ViewportToolbar(props: ViewportToolbarProps) {
  const { t } = useTranslation();
  const { viewport } = props;
  return (
    <div
      role="toolbar"
      aria-label={t('preview.toolbarLabel')}
      className="flex flex-wrap items-center gap-1 rounded-lg border bg-card p-1"
    >
      {MAIN_BUTTONS.map(({ id, icon: Icon }) => (
        <Button
          key={id}
          size="sm"
          variant={viewport.presetId === id ? 'secondary' : 'ghost'}
          aria-pressed={viewport.presetId === id}
          onClick={() => props.onChoosePreset(id)}
        >
          <Icon aria-hidden="true" />
          {t(`preview.${id}`)}
        </Button>
      ))}
      <PresetsMenu presetId={viewport.presetId} onChoose={props.onChoosePreset} />
      <Button size="sm" variant="ghost" onClick={props.onRotate}>
        <RotateCw aria-hidden="true" />
        {t('preview.rotate')}
      </Button>
      <span className="mx-2 text-sm text-muted-foreground tabular-nums" dir="ltr" aria-live="polite">
        {t('preview.size', { width: viewport.width, height: viewport.height })}
      </span>
      <div className="ms-auto flex items-center gap-1">
        <Button
          size="sm"
          variant={props.fitToView ? 'secondary' : 'ghost'}
          aria-pressed={props.fitToView}
          onClick={props.onToggleFit}
        >
          <Expand aria-hidden="true" />
          {t('preview.zoomToFit')}
        </Button>
        <span className="px-1 text-xs text-muted-foreground tabular-nums">
          {t('preview.zoomLevel', { percent: Math.round(props.scale * 100) })}
        </span>
        <Button
          size="icon"
          variant="ghost"
          aria-label={t('preview.reload')}
          title={t('preview.reload')}
          onClick={props.onReload}
        >
          <RefreshCw aria-hidden="true" />
        </Button>
        <Button size="icon" variant="ghost" asChild>
          <a
            href={props.url}
            target="_blank"
            rel="noreferrer"
            aria-label={t('preview.openInNewTab')}
            title={t('preview.openInNewTab')}
          >
            <ExternalLink aria-hidden="true" />
          </a>
        </Button>
      </div>
    </div>
  );
}
