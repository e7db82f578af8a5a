/**
 * The design prompts candidates practise on, as forms and lists need them: id,
 * title and brief. Kept light on purpose, since it ships with every client form
 * that offers a prompt; each prompt's reference answer lives in
 * lib/prompts/references/ and is loaded only where it is shown (the whole
 * prompt, for the server, is in bank.ts).
 */
export type PromptSummary = {
  id: string;
  title: string;
  brief: string;
  /** The case-study lesson that works this prompt through, whose reference is then a full answer. */
  caseStudy?: string;
};

export const PROMPTS: PromptSummary[] = [
  {
    id: "ride-sharing",
    caseStudy: "case-study-ride-sharing",
    title: "Design a ride-sharing app",
    brief:
      "Riders request a car from where they stand to where they want to go; nearby drivers are offered the trip, one accepts, both follow each other on a map, and the rider pays when the ride ends.",
  },
  {
    id: "url-shortener",
    caseStudy: "case-study-url-shortener",
    title: "Design a URL shortener",
    brief: "Users turn a long link into a short one; anyone who opens the short link is sent to the long one.",
  },
  {
    id: "social-feed",
    caseStudy: "case-study-social-feed",
    title: "Design a social media feed",
    brief: "People follow others and see a feed of their recent posts; they post, like and comment.",
  },
  {
    id: "task-scheduler",
    caseStudy: "case-study-task-scheduler",
    title: "Design a distributed task scheduler",
    brief:
      "Services submit jobs to run now or at a time; workers run them at least once, retry failures and report results.",
  },
  {
    id: "chat",
    caseStudy: "case-study-chat",
    title: "Design a chat app",
    brief:
      "People send messages to each other and to groups, see them arrive in real time and read history on any device.",
  },
  {
    id: "notification-system",
    title: "Design a notification system",
    brief:
      "Course updates and other events notify the people who follow them, instantly if they are online and in their inbox if not.",
  },
  {
    id: "rate-limiter",
    title: "Design a rate limiter",
    brief:
      "An API must stop any one client from sending more than its share of requests, across many servers, without slowing everyone down.",
  },
  {
    id: "search-autocomplete",
    title: "Design search autocomplete",
    brief: "As a user types in a search box, the most popular matching queries appear under it.",
  },
];

const byId = new Map(PROMPTS.map((prompt) => [prompt.id, prompt]));

/** The prompts a case study works through, whose references are full answers. */
export const CASE_STUDY_PROMPTS = PROMPTS.filter((prompt) => prompt.caseStudy).map((prompt) => prompt.id);

export function getPrompt(id: string | null | undefined): PromptSummary | undefined {
  return id ? byId.get(id) : undefined;
}

/** A prompt's title for lists and notices; its id when the bank no longer has it (saved rows outlive prompts). */
export function promptTitle(id: string): string {
  return getPrompt(id)?.title ?? id;
}
