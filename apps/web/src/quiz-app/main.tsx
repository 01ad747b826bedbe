import 'katex/dist/katex.min.css';
import './quiz-app.css';
import './quiz.css';
import { createRoot } from 'react-dom/client';
import { createQuizApi } from './api';
import { QuizApp } from './quiz-app';
import { quizLanguage } from './quiz-language';
import { texts } from './texts';

// The light entry of /lam-bai/<attemptId> (quiz.html): built with Preact standing in for React.
const root = document.getElementById('root');
if (!root) throw new Error('quiz.html has no #root element');
const attemptId = decodeURIComponent(window.location.pathname.split('/')[2] ?? '');
root.textContent = '';
document.documentElement.lang = quizLanguage;
document.title = texts.pageTitle;
createRoot(root).render(<QuizApp api={createQuizApi()} attemptId={attemptId} />);
