// /graphics/<name>.<hash>.svg: the map's geometry (src/graphics/sharedFiles.ts).
import { graphicFilesRoute } from '../../graphics/graphicFilesRoute';

export const { getStaticPaths, GET } = graphicFilesRoute('svg');
