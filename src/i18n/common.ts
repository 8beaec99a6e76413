import type { Language } from './registry.js';

/** Status words every element that reads a feed shows. */
export interface CommonMessages {
  loading: string;
  /** Shown above data that is older than a refresh that failed. */
  stale: string;
  /** Shown when a feed could not be loaded at all; the technical reason follows it. */
  loadFailed: string;
}

export const COMMON: Record<Language, CommonMessages> = {
  en: {
    loading: 'Loading…',
    stale: 'Not updated: showing earlier data.',
    loadFailed: 'This content could not be loaded.',
  },
  ru: {
    loading: 'Загрузка…',
    stale: 'Не обновлено: показаны прежние данные.',
    loadFailed: 'Не удалось загрузить содержимое.',
  },
  kk: {
    loading: 'Жүктелуде…',
    stale: 'Жаңартылмады: бұрынғы деректер көрсетілген.',
    loadFailed: 'Мазмұнды жүктеу мүмкін болмады.',
  },
  uz: {
    loading: 'Yuklanmoqda…',
    stale: 'Yangilanmadi: avvalgi ma’lumotlar ko‘rsatilmoqda.',
    loadFailed: 'Kontentni yuklab bo‘lmadi.',
  },
  ky: {
    loading: 'Жүктөлүүдө…',
    stale: 'Жаңыртылган жок: мурунку маалыматтар көрсөтүлүүдө.',
    loadFailed: 'Мазмунду жүктөө мүмкүн болгон жок.',
  },
  tg: {
    loading: 'Боргирӣ…',
    stale: 'Нав нашуд: маълумоти пешина нишон дода мешавад.',
    loadFailed: 'Мундариҷаро бор кардан нашуд.',
  },
  tk: {
    loading: 'Ýüklenýär…',
    stale: 'Täzelenmedi: öňki maglumatlar görkezilýär.',
    loadFailed: 'Mazmuny ýükläp bolmady.',
  },
};
