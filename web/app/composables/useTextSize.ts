export type TextSize = 'normal' | 'large' | 'larger';

const STORAGE_KEY = 'tend:text-size';
const SIZES: { value: TextSize; label: string; preview: string }[] = [
  { value: 'normal', label: 'Normal text', preview: '0.85rem' },
  { value: 'large', label: 'Large text', preview: '1rem' },
  { value: 'larger', label: 'Largest text', preview: '1.15rem' },
];

function isTextSize(value: unknown): value is TextSize {
  return SIZES.some((size) => size.value === value);
}

/** The reader's text size, remembered in this browser's localStorage (never a cookie). */
export function useTextSize() {
  const size = useState<TextSize>('text-size', () => 'normal');

  function apply(value: TextSize): void {
    document.documentElement.dataset.textSize = value;
  }

  function setSize(value: TextSize): void {
    size.value = value;
    apply(value);
    try {
      localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // Private browsing may refuse storage; the choice still applies to this page.
    }
  }

  function restore(): void {
    let stored: string | null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
    } catch {
      stored = null;
    }
    if (isTextSize(stored)) {
      size.value = stored;
      apply(stored);
    }
  }

  return { size, sizes: SIZES, setSize, restore };
}
