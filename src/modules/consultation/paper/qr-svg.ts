import "server-only";
import QRCode from "qrcode";

/** The QR code of `text` as SVG markup (our own output from our own text, safe to inline). */
export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}
