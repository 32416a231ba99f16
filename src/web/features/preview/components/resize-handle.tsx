import { GripVertical } from 'lucide-react';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WIDTH, MIN_WIDTH } from '../lib/device-presets.js';

const STEP = 10;
const BIG_STEP = 50;

interface ResizeHandleProps {
  width: number;
  /** The frame's zoom: a pointer moving 10 screen pixels over a frame shown at 50% means 20 of width. */
  scale: number;
  onResize: (width: number) => void;
}

/**
 * Drags the frame's width; the frame is centred, so its edge moves half as fast as the width changes and
 * the drag counts twice. Arrow keys do the same in steps (Shift for larger ones); in Arabic the handle
 * sits on the left, so moving it left widens the frame.
 */
export function ResizeHandle({ width, scale, onResize }: ResizeHandleProps) {
  const { t, i18n } = useTranslation();
  const outward = i18n.dir() === 'rtl' ? -1 : 1;
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(drag.current.startWidth + ((event.clientX - drag.current.startX) * 2 * outward) / scale);
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const changes: Record<string, number> = {
      ArrowRight: step * outward,
      ArrowLeft: -step * outward,
      ArrowUp: step,
      ArrowDown: -step,
      Home: MIN_WIDTH - width,
      End: MAX_WIDTH - width,
    };
    const change = changes[event.key];
    if (change === undefined) return;
    event.preventDefault();
    onResize(width + change);
  };

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('preview.resizeHandle')}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      className="flex w-4 shrink-0 cursor-ew-resize touch-none items-center justify-center self-stretch rounded-md text-muted-foreground hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring"
    >
      <GripVertical className="size-4" aria-hidden="true" />
    </div>
  );
}
