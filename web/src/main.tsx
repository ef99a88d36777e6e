import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AddPage } from './pages/add-page.tsx';
import { ArticlePage } from './pages/article-page.tsx';
import { StoryList } from './pages/story-list.tsx';
import { StoryPage } from './pages/story-page.tsx';
import { parseRoute, type Route } from './route.ts';
import './styles.css';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'story':
      return <StoryPage id={route.id} />;
    case 'article':
      return <ArticlePage id={route.id} />;
    case 'add':
      return <AddPage />;
    default:
      return <StoryList />;
  }
}

function App() {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <>
      <header class="top">
        <a href="#/" class="brand">
          Corroborate
        </a>
        <nav>
          <a href="#/">Stories</a> <a href="#/add">Add articles</a>
        </nav>
      </header>
      <main>
        <Page route={route} />
      </main>
    </>
  );
}

render(<App />, document.getElementById('app')!);
