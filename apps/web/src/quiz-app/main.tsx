import 'katex/dist/katex.min.css';
import './quiz-app.css';
import './quiz.css';
import './practice.css';
import { createRoot } from 'react-dom/client';
import { createQuizApi } from './api';
import { registerOfflineWorker } from './offline-worker';
import { PracticeApp } from './practice-app';
import { practiceTexts } from './practice-texts';
import { QuizApp } from './quiz-app';
import { quizLanguage } from './quiz-language';
import { texts } from './texts';

// The light entry of /lam-bai/<attemptId> (quiz.html): built with Preact standing in for React.
const root = document.getElementById('root');
if (!root) throw new Error('quiz.html has no #root element');
// /luyen-tap: Luyện tập, the entry's second view (same bundle, same base styles).
const practising = window.location.pathname.startsWith('/luyen-tap');
const attemptId = decodeURIComponent(window.location.pathname.split('/')[2] ?? '');
root.textContent = '';
document.documentElement.lang = quizLanguage;
document.title = practising ? practiceTexts.pageTitle : texts.pageTitle;
createRoot(root).render(
  practising ? (
    <PracticeApp api={createQuizApi()} />
  ) : (
    <QuizApp api={createQuizApi()} attemptId={attemptId} />
  ),
);
registerOfflineWorker();
