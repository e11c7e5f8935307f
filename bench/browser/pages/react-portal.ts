/**
 * A portal page's own application, as many portals have one: React 19 renders a course search
 * (a form and a list of results that filters as the learner types) into the host page. It is the
 * baseline of the `react` pages: what a real portal runs at load before any widget is added.
 * Without JSX, so that esbuild bundles it as it is.
 * @internal
 */
import { createElement as h, StrictMode, useState, type ChangeEvent } from 'react';
import { createRoot } from 'react-dom/client';

const subjects = ['Tietojenkäsittely', 'Kasvatustiede', 'Talous', 'Kielet', 'Terveys', 'Taide'];
const institutions = ['Helsingin yliopisto', 'Aalto-yliopisto', 'Tampereen yliopisto', 'Hanken'];
/** Twenty-four courses, as a search's first page of results. */
const courses = Array.from({ length: 24 }, (_, i) => ({
  id: `c${i}`,
  title: `${subjects[i % subjects.length]}: opintojakso ${i + 1}`,
  institution: institutions[i % institutions.length],
  credits: 2 + (i % 4),
  online: i % 3 !== 0,
}));

interface CourseProps {
  course: (typeof courses)[number];
}

function Course({ course }: CourseProps) {
  return h(
    'li',
    { className: 'course' },
    h('h3', null, h('a', { href: `#${course.id}` }, course.title)),
    h(
      'p',
      null,
      `${course.institution} · ${course.credits} op · `,
      course.online ? 'verkossa' : 'lähiopetus',
    ),
  );
}

function CourseSearch() {
  const [query, setQuery] = useState('');
  const shown = courses.filter((c) => c.title.toLowerCase().includes(query.toLowerCase()));
  return h(
    'section',
    { 'aria-labelledby': 'bench-search-title' },
    h('h2', { id: 'bench-search-title' }, 'Hakutulokset'),
    h(
      'form',
      { role: 'search', onSubmit: (event) => event.preventDefault() },
      h('label', { htmlFor: 'bench-query' }, 'Hae koulutuksia'),
      h('input', {
        id: 'bench-query',
        type: 'search',
        value: query,
        onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
      }),
    ),
    h('p', { 'aria-live': 'polite' }, `${shown.length} koulutusta`),
    h(
      'ul',
      null,
      shown.map((course) => h(Course, { key: course.id, course })),
    ),
  );
}

const root = document.getElementById('bench-react-root');
if (!root) throw new Error('#bench-react-root is missing');
createRoot(root).render(h(StrictMode, null, h(CourseSearch)));
