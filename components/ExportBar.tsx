import { useState } from 'preact/hooks';
import { EXPORT_FORMAT_IDS, EXPORT_FORMATS, type ExportFormatId, exportFileName } from '@/lib/export';
import type { AnalysisRun } from '@/lib/panel/run-analysis';
import { copyText, downloadText } from './download';

interface Props {
  run: AnalysisRun;
  analyzedAt: Date;
}

/** Saves the page's highlights as a file in each format, or copies the Markdown. */
export function ExportBar({ run, analyzedAt }: Props) {
  const [status, setStatus] = useState('');
  const input = { analysis: run.analysis, article: run.article, analyzedAt };

  const save = (id: ExportFormatId) => {
    const format = EXPORT_FORMATS[id];
    try {
      downloadText(format.render(input), exportFileName(run.analysis.title, format.extension), format.mimeType);
      setStatus(`Saved ${format.label}.`);
    } catch (error) {
      setStatus(`Could not export ${format.label}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const copyMarkdown = async () => {
    try {
      const copied = await copyText(EXPORT_FORMATS.markdown.render(input));
      setStatus(copied ? 'Markdown copied to the clipboard.' : 'The browser did not allow copying; use “Markdown” to save a file.');
    } catch (error) {
      setStatus(`Could not export Markdown: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <section class="exports" aria-label="Export">
      <h2>Export highlights</h2>
      {EXPORT_FORMAT_IDS.map((id) => (
        <button type="button" key={id} data-testid={`export-${id}`} onClick={() => save(id)}>
          {EXPORT_FORMATS[id].label}
        </button>
      ))}
      <button type="button" data-testid="copy-markdown" onClick={() => void copyMarkdown()}>
        Copy Markdown
      </button>
      <p class="export-status" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
