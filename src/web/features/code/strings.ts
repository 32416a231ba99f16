/** The Code tab's words, in English and Arabic (same keys). */
export const codeStrings = {
  en: {
    generation: 'Generated from Blueprint version {{version}} · Files: {{files}} · {{size}}',
    generator: 'Generator {{version}}',
    generate: 'Generate code',
    generating: 'Generating…',
    regenerate: 'Generate from the current version',
    download: 'Download zip',
    downloading: 'Preparing zip…',
    empty: {
      title: 'No code generated yet',
      description: 'Generate the code of the current Blueprint version to browse its files here.',
      readOnly: 'A developer can generate the code of this platform.',
    },
    tree: {
      label: 'Generated files',
      search: 'Search files',
      searchPlaceholder: 'Filter by path, e.g. routes or .sql',
      matches: 'Matching files: {{count}} of {{total}}',
      noMatches: 'No file path contains “{{query}}”.',
      folder: 'Folder {{name}}',
    },
    viewer: {
      pick: 'Pick a file in the tree to read it.',
      label: 'Contents of {{path}}',
      lines: 'Lines: {{count}}',
    },
    bytes: { b: '{{value}} B', kb: '{{value}} KB', mb: '{{value}} MB' },
  },
  ar: {
    generation: 'مولَّد من الإصدار {{version}} للمخطط · الملفات: {{files}} · {{size}}',
    generator: 'المولّد {{version}}',
    generate: 'توليد الشيفرة',
    generating: 'جارٍ التوليد…',
    regenerate: 'التوليد من الإصدار الحالي',
    download: 'تنزيل ملف zip',
    downloading: 'جارٍ تجهيز الملف…',
    empty: {
      title: 'لم تُولَّد أي شيفرة بعد',
      description: 'ولِّد شيفرة الإصدار الحالي من المخطط لتتصفح ملفاتها هنا.',
      readOnly: 'يستطيع المطوّر توليد شيفرة هذه المنصة.',
    },
    tree: {
      label: 'الملفات المولَّدة',
      search: 'البحث في الملفات',
      searchPlaceholder: 'صفِّ حسب المسار، مثل routes أو ‎.sql',
      matches: 'الملفات المطابقة: {{count}} من {{total}}',
      noMatches: 'لا يوجد مسار ملف يحتوي على «{{query}}».',
      folder: 'مجلد {{name}}',
    },
    viewer: {
      pick: 'اختر ملفًا من الشجرة لقراءته.',
      label: 'محتوى {{path}}',
      lines: 'الأسطر: {{count}}',
    },
    bytes: { b: '{{value}} بايت', kb: '{{value}} ك.بايت', mb: '{{value}} م.بايت' },
  },
};
