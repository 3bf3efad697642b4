import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";

/**
 * A signature drawn with a finger, pen or mouse (pointer events), sent as a PNG data URL in a hidden input.
 * The canvas is sized to its box at the device's pixel ratio so strokes stay sharp on phones.
 */
export function SignaturePad({ name }: { name: string }) {
  const t = useTranslations("ui.signature");
  const canvas = useRef<HTMLCanvasElement>(null);
  const [value, setValue] = useState("");
  const drawing = useRef(false);

  useEffect(() => {
    const el = canvas.current!;
    const ratio = window.devicePixelRatio || 1;
    el.width = el.clientWidth * ratio;
    el.height = el.clientHeight * ratio;
    const ctx = el.getContext("2d")!;
    ctx.scale(ratio, ratio);
    ctx.lineWidth = 2.5;
    ctx.lineCap = "round";
    ctx.lineJoin = "round";
    ctx.strokeStyle = "#0f172a";
  }, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return [e.clientX - box.left, e.clientY - box.top] as const;
  };

  return (
    <div>
      <p className="text-sm font-medium text-slate-800" id={`${name}-label`}>
        {t("draw")}
      </p>
      <canvas
        ref={canvas}
        aria-labelledby={`${name}-label`}
        data-testid="signature-pad"
        className="mt-1 h-36 w-full touch-none rounded-lg border border-slate-300 bg-white"
        onPointerDown={(e) => {
          drawing.current = true;
          e.currentTarget.setPointerCapture(e.pointerId);
          const ctx = e.currentTarget.getContext("2d")!;
          const [x, y] = point(e);
          ctx.beginPath();
          ctx.moveTo(x, y);
        }}
        onPointerMove={(e) => {
          if (!drawing.current) return;
          const ctx = e.currentTarget.getContext("2d")!;
          const [x, y] = point(e);
          ctx.lineTo(x, y);
          ctx.stroke();
        }}
        onPointerUp={(e) => {
          drawing.current = false;
          setValue(e.currentTarget.toDataURL("image/png"));
        }}
      />
      <input type="hidden" name={name} value={value} />
      <div className="mt-1 flex items-center justify-between text-sm">
        <span className="text-slate-600">{value ? t("captured") : t("signInside")}</span>
        <button
          type="button"
          className="underline"
          onClick={() => {
            const el = canvas.current!;
            el.getContext("2d")!.clearRect(0, 0, el.width, el.height);
            setValue("");
          }}
        >
          {t("clear")}
        </button>
      </div>
    </div>
  );
}
