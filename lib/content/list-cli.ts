// npm run content:list: every lesson by part, in course order, with its `order`
// and the ids of its headings, so an author can choose an unused order and link
// to /learn/<slug>#<heading-id> without reading the other chapters.
import { getCourse } from "@/lib/content/lessons";
import { formatCourse } from "@/lib/content/list";

console.log(formatCourse(await getCourse()));
