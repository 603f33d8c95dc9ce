// /graphics/<name>.<hash>.htm: each story's live graphics (src/graphics/liveGraphicsFile.ts).
import { graphicFilesRoute } from '../../graphics/graphicFilesRoute';

export const { getStaticPaths, GET } = graphicFilesRoute('htm');
